import { useSelector } from '../../../lib/state/use-selector';
import { createActor } from 'xstate';
import { currentQuestion, type AssessmentMode } from '../../../course/machines/assessment-machine';
import { moduleNamespace } from '../../../course/text-keys';
import { buildModule } from '../../../testing/builders';
import { detachedAssessmentMachine } from '../../../testing/detached';
import type { AssessmentActorRef } from '../assessment-actor';
import { QuestionStep } from '../question-step';
import { AnswerReview } from '../answer-review';

export const SAMPLE_NAMESPACE = moduleNamespace('sample');

/** A real assessment machine (reports to no parent) over the sample module's questions. */
export function startAssessment(questionIds: string[], mode: AssessmentMode = 'check'): AssessmentActorRef {
  const bank = buildModule().questions;
  const questions = questionIds.map((id) => {
    const question = bank.find((q) => q.id === id);
    if (!question) throw new Error(`No sample question "${id}"`);
    return question;
  });
  return createActor(detachedAssessmentMachine, { input: { id: 'test', mode, questions, passMark: mode === 'final' ? 50 : undefined } }).start();
}

/** What the app's assessment screen does: the current question, keyed, or the review. */
export function QuestionHarness({ assessmentRef }: { assessmentRef: AssessmentActorRef }) {
  const question = useSelector(assessmentRef, (s) => (s.hasTag('answering') || s.hasTag('feedback') ? currentQuestion(s.context) : undefined));
  const reviewing = useSelector(assessmentRef, (s) => s.hasTag('review'));
  if (reviewing) return <AnswerReview assessmentRef={assessmentRef} namespaceOf={() => SAMPLE_NAMESPACE} />;
  if (!question) return <p>Finished</p>;
  return <QuestionStep key={question.id} assessmentRef={assessmentRef} question={question} namespace={SAMPLE_NAMESPACE} title="Check your understanding" />;
}
