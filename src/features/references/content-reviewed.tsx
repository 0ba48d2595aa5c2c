import { useTranslation } from 'react-i18next';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { formatReviewDate } from './review-date';

/** "Content last reviewed 21 November 2026", when the course says (course.yaml `lastReviewed`). */
export function ContentReviewed({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const lastReviewed = useCourseView((v) => v.course.lastReviewed);
  if (!lastReviewed) return null;
  const date = formatReviewDate(lastReviewed, i18n.resolvedLanguage ?? i18n.language);
  return (
    <p className={className}>
      {t('references.lastReviewed')} <time dateTime={lastReviewed}>{date}</time>
    </p>
  );
}
