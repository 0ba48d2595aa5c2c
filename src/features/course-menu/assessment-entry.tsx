import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourseDriver, useCourseView } from '../../lib/course-view/use-course-view';
import type { FinalAssessment } from '../../course/schema/course-schema';
import { assessmentAvailability, bestAssessmentScore, finishedAttempts } from '../../course/machines/course-rules';
import { courseText } from '../../course/text-keys';
import type { ContentText } from '../../lib/i18n/use-content-text';
import { Paragraphs } from '../../lib/markdown/paragraphs';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import { Button } from '../../components/ui/button';

interface AssessmentEntryProps {
  settings: FinalAssessment;
  text: ContentText;
}

/** The final assessment in the menu: what it is, attempts used and left, best score, and whether it is open. */
export function AssessmentEntry({ settings, text }: AssessmentEntryProps) {
  const { t } = useTranslation();
  const driver = useCourseDriver();
  const availability = useCourseView((v) => assessmentAvailability(v.course, v.progress));
  const used = useCourseView((v) => finishedAttempts(v.progress).length);
  const best = useCourseView((v) => bestAssessmentScore(v.progress));
  const canStart = useCourseView((v) => v.can({ type: 'assessment.start' }));
  const preloadOnIntent = usePreloadOnIntent(driver);
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
        <Button disabled={!canStart} onClick={() => driver.send({ type: 'assessment.start' })} {...preloadOnIntent}>
          {availability === 'resume' ? t('menu.assessment.resume') : t('menu.assessment.start')}
        </Button>
      )}
    </section>
  );
}
