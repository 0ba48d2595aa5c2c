import { useTranslation } from 'react-i18next';
import { bestAssessmentScore } from '../../course/machines/course-rules';
import { useCourseDriver, useCourseView } from '../../lib/course-view/use-course-view';
import { courseNamespace, courseText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';

/** Shown once every required module is complete and the final assessment (if any) is passed. */
export function CourseComplete() {
  const { t } = useTranslation();
  const driver = useCourseDriver();
  const courseId = useCourseView((v) => v.course.id);
  const best = useCourseView((v) => bestAssessmentScore(v.progress));
  const text = useContentText(courseNamespace(courseId));
  return (
    <section className="screen course-complete">
      <ScreenHeading>{t('complete.title')}</ScreenHeading>
      <p>{t('complete.body', { course: text(courseText.title) })}</p>
      {best !== null && <p>{t('complete.score', { score: best })}</p>}
      <ButtonRow>
        <Button onClick={() => driver.send({ type: 'nav.menu' })}>{t('nav.backToMenu')}</Button>
      </ButtonRow>
    </section>
  );
}
