import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import type { AssessmentActorRef } from './assessment-actor';
import { AttemptsLeftText } from './attempts-left-text';
import { isCorrect } from '../../course/scoring/question-scoring';

interface AssessmentResultsProps {
  assessmentRef: AssessmentActorRef;
  /** Final assessment only: attempts left after this one, null when unlimited. */
  attemptsLeft?: number | null;
  /** Final assessment only: start a new attempt (offered when this one failed and attempts remain). */
  onTryAgain?: () => void;
  /** The warmer words of the parents' course: praise a pass, and make a fail a step, not a verdict. */
  encouraging?: boolean;
}

/**
 * The end of a knowledge check or an attempt: the score in words and numbers, what it
 * means and what to do next, a way into the review of every answer and, for the final
 * assessment, the pass mark, the outcome and attempts left.
 */
export function AssessmentResults({ assessmentRef, attemptsLeft = null, onTryAgain, encouraging = false }: AssessmentResultsProps) {
  const { t } = useTranslation();
  const score = useSelector(assessmentRef, (s) => s.context.score ?? 0);
  const passMark = useSelector(assessmentRef, (s) => s.context.passMark);
  const passed = useSelector(assessmentRef, (s) => s.context.passed);
  const isFinal = useSelector(assessmentRef, (s) => s.context.mode === 'final');
  const canReview = useSelector(assessmentRef, (s) => s.can({ type: 'review.open' }));
  const total = useSelector(assessmentRef, (s) => s.context.questions.length);
  const right = useSelector(assessmentRef, (s) =>
    s.context.questions.filter((q) => {
      const answer = s.context.answers[q.id];
      return answer !== undefined && isCorrect(q, answer);
    }).length,
  );
  const meaning = isFinal
    ? passed
      ? t(encouraging ? 'assessment.results.meaning.passedEncouraging' : 'assessment.results.meaning.passed')
      : t(encouraging ? 'assessment.results.meaning.failedEncouraging' : 'assessment.results.meaning.failed', { passMark })
    : right === total
      ? t('assessment.results.meaning.checkAllRight')
      : t('assessment.results.meaning.checkSomeWrong');
  const canRetry = isFinal && passed === false && attemptsLeft !== 0 && onTryAgain !== undefined;

  return (
    <section className="screen assessment-results">
      <ScreenHeading>{t('assessment.results.title')}</ScreenHeading>
      <p className="assessment-results__score">{t('assessment.results.score', { score })}</p>
      <p>{t('assessment.results.rightCount', { right, total })}</p>
      {passMark !== null && <p>{t('assessment.results.passMark', { passMark })}</p>}
      {passed !== null && (
        <p className={`assessment-results__outcome assessment-results__outcome--${passed ? 'passed' : 'failed'}`}>
          {passed ? t('assessment.results.passed') : t('assessment.results.failed')}
        </p>
      )}
      <p className="assessment-results__meaning">{meaning}</p>
      {isFinal && passed === false && <AttemptsLeftText attemptsLeft={attemptsLeft} />}
      <ButtonRow>
        <Button variant="secondary" disabled={!canReview} onClick={() => assessmentRef.send({ type: 'review.open' })}>
          {t('assessment.results.review')}
        </Button>
        {canRetry && (
          <Button variant="secondary" onClick={onTryAgain}>
            {t('assessment.results.tryAgain')}
          </Button>
        )}
        <Button onClick={() => assessmentRef.send({ type: 'nav.next' })}>{t('nav.continue')}</Button>
      </ButtonRow>
    </section>
  );
}
