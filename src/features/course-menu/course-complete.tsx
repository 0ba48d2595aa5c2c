import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bestAssessmentScore, isModuleCompleted } from '../../course/machines/course-rules';
import { useCourseDriver, useCourseView } from '../../lib/course-view/use-course-view';
import { courseNamespace, courseText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import { durationText } from '../../lib/i18n/duration-text';
import { useLearnerSession } from '../../lib/learner/learner-session';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';

interface CourseCompleteProps {
  /**
   * Where to go from here, from other features (the partnership's front door from the help
   * panel's data, the References link): the app composes them, as features stay self-contained.
   */
  nextSteps?: ReactNode;
  /** The certificate's entry (its own feature, composed by the app). */
  certificate?: ReactNode;
  /** Every module's key points on one page, to print (key-points-summary.tsx, given its loader by the app). */
  keyPoints?: ReactNode;
  /** Back to the menu; by default the course goes there (the learner came from the final assessment). */
  onBackToMenu?: () => void;
}

/**
 * Shown once every required module is complete and the final assessment (if any) is passed:
 * what the learner did, and what to do next. The parents' course says it more warmly.
 */
export function CourseComplete({ nextSteps, certificate, keyPoints, onBackToMenu }: CourseCompleteProps) {
  const { t } = useTranslation();
  const driver = useCourseDriver();
  const course = useCourseView((v) => v.course);
  const best = useCourseView((v) => bestAssessmentScore(v.progress));
  const completed = useCourseView((v) => v.course.modules.filter((m) => isModuleCompleted(v.progress, m.id)).map((m) => m.id));
  const text = useContentText(courseNamespace(course.id));
  const parents = course.audience === 'parents-and-carers';
  const session = useLearnerSession();
  // Read once: a figure that ticks on screen would be read out again and again.
  const [timeSpent] = useState(() => session.timeSpentSeconds());
  return (
    <section className="screen course-complete">
      <ScreenHeading>{t('complete.title')}</ScreenHeading>
      <p>{t(parents ? 'complete.bodyParents' : 'complete.body', { course: text(courseText.title) })}</p>
      <h2>{t('complete.whatYouDid')}</h2>
      <p>{t('complete.modulesCompleted', { count: completed.length, total: course.modules.length })}</p>
      <ul className="course-complete__modules">
        {completed.map((id) => (
          <li key={id}>{text(courseText.moduleTitle(id))}</li>
        ))}
      </ul>
      {best !== null && <p>{t('complete.score', { score: best })}</p>}
      <p>{t('completion.timeSpent', { time: durationText(t, timeSpent) })}</p>
      {certificate}
      <h2>{t('complete.whatNext')}</h2>
      <p>{t(parents ? 'complete.nextParents' : 'complete.next')}</p>
      {nextSteps}
      {keyPoints}
      <ButtonRow>
        <Button onClick={onBackToMenu ?? (() => driver.send({ type: 'nav.menu' }))}>{t('nav.backToMenu')}</Button>
      </ButtonRow>
    </section>
  );
}
