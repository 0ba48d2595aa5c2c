// First, so the question feature's own styles (answer-marks.css) come after these, as they did on the first screen.
import '../styles/activities.css';
import type { ReactNode } from 'react';
import { useSelector } from '../lib/state/use-selector';
import type { Question } from '../course/schema/module-schema';
import { currentQuestion } from '../course/machines/assessment-machine';
import type { AssessmentActorRef } from '../features/questions/assessment-actor';
import { QuestionStep } from '../features/questions/question-step';
import { AnswerReview } from '../features/questions/answer-review';
import { AssessmentResults } from '../features/assessment/assessment-results';

interface AssessmentScreenProps {
  assessmentRef: AssessmentActorRef;
  namespaceOf: (question: Question) => string;
  title: ReactNode;
  attemptsLeft?: number | null;
  onTryAgain?: () => void;
  encouraging?: boolean;
}

/** A knowledge check or final-assessment attempt: the question asked, then results and review. */
export function AssessmentScreen({ assessmentRef, namespaceOf, title, attemptsLeft, onTryAgain, encouraging }: AssessmentScreenProps) {
  const question = useSelector(assessmentRef, (s) => (s.hasTag('answering') || s.hasTag('feedback') ? currentQuestion(s.context) : undefined));
  const showResults = useSelector(assessmentRef, (s) => s.hasTag('results'));
  const showReview = useSelector(assessmentRef, (s) => s.hasTag('review'));
  if (question) {
    // Keyed by question so each one is a new screen whose heading takes focus.
    return <QuestionStep key={question.id} assessmentRef={assessmentRef} question={question} namespace={namespaceOf(question)} title={title} />;
  }
  if (showReview) return <AnswerReview assessmentRef={assessmentRef} namespaceOf={namespaceOf} />;
  if (showResults) return <AssessmentResults assessmentRef={assessmentRef} attemptsLeft={attemptsLeft} onTryAgain={onTryAgain} encouraging={encouraging} />;
  return null;
}
