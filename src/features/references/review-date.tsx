import { useTranslation } from 'react-i18next';

/**
 * A course's `lastReviewed` (YYYY-MM-DD) as the learner's language writes a date, e.g.
 * "21 November 2026". Read as UTC, so no time zone can move it to the day before.
 */
export function formatReviewDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "Content last reviewed 21 November 2026". */
export function ReviewDate({ isoDate, className }: { isoDate: string; className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p className={className}>
      {t('references.lastReviewed')} <time dateTime={isoDate}>{formatReviewDate(isoDate, i18n.resolvedLanguage ?? i18n.language)}</time>
    </p>
  );
}
