import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../course/schema/module-schema';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import type { AssessmentActorRef } from './assessment-actor';
import { ReviewItem } from './review-item';

interface AnswerReviewProps {
  assessmentRef: AssessmentActorRef;
  /** Namespace holding a question's texts (its module's). */
  namespaceOf: (question: Question) => string;
}

/** Every question of the attempt with the learner's answer and the correct one. */
export function AnswerReview({ assessmentRef, namespaceOf }: AnswerReviewProps) {
  const { t } = useTranslation();
  const questions = useSelector(assessmentRef, (s) => s.context.questions);
  const answers = useSelector(assessmentRef, (s) => s.context.answers);
  return (
    <section className="screen answer-review">
      <ScreenHeading>{t('assessment.review.title')}</ScreenHeading>
      <ol className="review-list">
        {questions.map((question, i) => (
          <ReviewItem key={question.id} question={question} number={i + 1} response={answers[question.id]} namespace={namespaceOf(question)} />
        ))}
      </ol>
      <ButtonRow>
        <Button onClick={() => assessmentRef.send({ type: 'review.close' })}>{t('assessment.review.close')}</Button>
      </ButtonRow>
    </section>
  );
}
