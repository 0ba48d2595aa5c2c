import { useTranslation } from 'react-i18next';

/** How many more attempts the learner has, in words. */
export function AttemptsLeftText({ attemptsLeft }: { attemptsLeft: number | null }) {
  const { t } = useTranslation();
  if (attemptsLeft === null) return <p>{t('assessment.results.unlimited')}</p>;
  if (attemptsLeft === 0) return <p>{t('assessment.results.noAttemptsLeft')}</p>;
  return <p>{t('assessment.results.attemptsLeft', { count: attemptsLeft })}</p>;
}
