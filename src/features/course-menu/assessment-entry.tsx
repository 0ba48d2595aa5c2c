import { useId } from 'react';
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { CourseActorRef } from '../../course/machines/course-machine';
import type { FinalAssessment } from '../../course/schema/course-schema';
import { assessmentAvailability, bestAssessmentScore, finishedAttempts } from '../../course/machines/course-rules';
import { courseText } from '../../course/text-keys';
import type { ContentText } from '../../lib/i18n/use-content-text';
import { Paragraphs } from '../../lib/markdown/paragraphs';
import { Button } from '../../components/ui/button';

interface AssessmentEntryProps {
  courseRef: CourseActorRef;
  settings: FinalAssessment;
  text: ContentText;
}

/** The final assessment in the menu: what it is, attempts used and left, best score, and whether it is open. */
export function AssessmentEntry({ courseRef, settings, text }: AssessmentEntryProps) {
  const { t } = useTranslation();
  const availability = useSelector(courseRef, (s) => assessmentAvailability(s.context.course, s.context.progress));
  const used = useSelector(courseRef, (s) => finishedAttempts(s.context.progress).length);
  const best = useSelector(courseRef, (s) => bestAssessmentScore(s.context.progress));
  const canStart = useSelector(courseRef, (s) => s.can({ type: 'assessment.start' }));
  const max = settings.maxAttempts;
  const headingId = useId();
  return (
    <section className="assessment-entry" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('menu.assessment.heading')}</h2>
      <Paragraphs text={text(courseText.assessmentIntro)} />
      <ul className="assessment-entry__facts">
        <li>{t('menu.assessment.passMark', { passMark: settings.passMark })}</li>
        <li>{max === 0 ? t('menu.assessment.attemptsUsedUnlimited', { used }) : t('menu.assessment.attemptsUsed', { used, max })}</li>
        {max > 0 && used < max && <li>{t('menu.assessment.attemptsLeft', { count: max - used })}</li>}
        <li>{best === null ? t('menu.assessment.noScore') : t('menu.assessment.bestScore', { score: best })}</li>
      </ul>
      {availability === 'passed' && <p className="assessment-entry__status">{t('menu.assessment.passed')}</p>}
      {availability === 'modules-incomplete' && <p className="assessment-entry__status">{t('menu.assessment.locked')}</p>}
      {availability === 'no-attempts-left' && <p className="assessment-entry__status">{t('menu.assessment.noAttemptsLeft')}</p>}
      {(availability === 'available' || availability === 'resume') && (
        <Button disabled={!canStart} onClick={() => courseRef.send({ type: 'assessment.start' })}>
          {availability === 'resume' ? t('menu.assessment.resume') : t('menu.assessment.start')}
        </Button>
      )}
    </section>
  );
}
