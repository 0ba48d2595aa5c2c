import { useCourseView } from '../../lib/course-view/use-course-view';
import { ReviewDate } from './review-date';

/** When the course's content was last reviewed (course.yaml `lastReviewed`), if it says. */
export function ContentReviewed({ className }: { className?: string }) {
  const lastReviewed = useCourseView((v) => v.course.lastReviewed);
  return lastReviewed ? <ReviewDate isoDate={lastReviewed} className={className} /> : null;
}
