import type { FormEvent, ReactNode } from 'react';
import { useSelector, useUrgentSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../course/schema/module-schema';
import type { Response } from '../../course/progress/progress-record';
import { isCorrect } from '../../course/scoring/question-scoring';
import { moduleText } from '../../course/module-text-keys';
import { useMarkedContentText } from '../../lib/i18n/use-marked-content-text';
import { useContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { FeedbackRegion } from '../../components/ui/feedback-region';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { useFocusOnMount } from '../../components/ui/use-focus-on-mount';
import type { AssessmentActorRef } from './assessment-actor';
import { QuestionInput } from './question-input';
import { QuestionFeedback } from './question-feedback';

interface QuestionStepProps {
  assessmentRef: AssessmentActorRef;
  question: Question;
  /** Namespace holding the question's texts (its module's). */
  namespace: string;
  /** What is being answered: the knowledge check's or the final assessment's title. */
  title: ReactNode;
}

/**
 * One question of a knowledge check or the final assessment. The draft answer is
 * the machine's (`answer.change`); in a knowledge check the feedback follows each
 * answer, announced politely, and focus moves to the button that goes on.
 */
export function QuestionStep({ assessmentRef, question, namespace, title }: QuestionStepProps) {
  const { t } = useTranslation();
  const text = useMarkedContentText(namespace);
  const markdown = useContentMarkdown(namespace);
  const focusOnMount = useFocusOnMount<HTMLButtonElement>();
  const index = useSelector(assessmentRef, (s) => s.context.index);
  const total = useSelector(assessmentRef, (s) => s.context.questions.length);
  // The learner's answer shows in the same moment as their click or key press.
  const draft = useUrgentSelector(assessmentRef, (s) => s.context.draft);
  const answering = useSelector(assessmentRef, (s) => s.hasTag('answering'));
  const showingFeedback = useSelector(assessmentRef, (s) => s.hasTag('feedback'));
  const canSubmit = useUrgentSelector(assessmentRef, (s) => s.can({ type: 'answer.submit' }));
  const isLast = index >= total - 1;

  const change = (response: Response): void => assessmentRef.send({ type: 'answer.change', response });
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    assessmentRef.send({ type: 'answer.submit' });
  };
  const verdict = showingFeedback && draft ? isCorrect(question, draft) : null;

  return (
    <section className="screen question-step">
      <ScreenHeading>
        <span className="screen-heading__caption">{title}</span> {t('question.counter', { current: index + 1, total })}
      </ScreenHeading>
      <form onSubmit={submit} noValidate>
        <QuestionInput question={question} response={draft} onChange={change} disabled={!answering} reveal={verdict !== null} text={text} />
        {answering && (
          <ButtonRow>
            <Button type="submit" disabled={!canSubmit}>
              {t('question.submit')}
            </Button>
          </ButtonRow>
        )}
      </form>
      <FeedbackRegion outcome={verdict === null ? 'neutral' : verdict ? 'correct' : 'incorrect'}>
        {verdict !== null && (
          <QuestionFeedback correct={verdict} explanation={markdown(moduleText.questionExplanation(question.id))} sources={question.cites.map((id) => markdown(moduleText.source(id)))} />
        )}
      </FeedbackRegion>
      {showingFeedback && (
        <ButtonRow>
          <Button ref={focusOnMount} onClick={() => assessmentRef.send({ type: 'nav.next' })}>
            {isLast ? t('question.finishCheck') : t('question.nextQuestion')}
          </Button>
        </ButtonRow>
      )}
    </section>
  );
}

