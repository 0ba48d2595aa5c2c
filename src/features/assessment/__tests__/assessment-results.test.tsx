import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { createActor } from 'xstate';
import { detachedAssessmentMachine } from '../../../testing/detached';
import { buildModule } from '../../../testing/builders';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import type { Response } from '../../../course/progress/progress-record';
import type { AssessmentMode } from '../../../course/machines/assessment-machine';
import { AssessmentResults } from '../assessment-results';

/** An attempt already answered: the machine resumes straight into its results. */
const finishedAttempt = (mode: AssessmentMode, answers: Record<string, Response>) => {
  const questions = buildModule().questions.filter((q) => q.id in answers);
  return createActor(detachedAssessmentMachine, {
    input: { id: 'assessment.1', mode, questions, answers, passMark: mode === 'final' ? 80 : undefined },
  }).start();
};

const oneRightOneWrong = { 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: true } } as const;
const bothRight = { 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: false } } as const;

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('AssessmentResults', { timeout: 20_000 }, () => {
  it('shows a failed attempt: score, pass mark, outcome in words, attempts left and Try again', async () => {
    const assessmentRef = finishedAttempt('final', oneRightOneWrong);
    const onTryAgain = vi.fn();
    const { user } = renderWithI18n(<AssessmentResults assessmentRef={assessmentRef} attemptsLeft={2} onTryAgain={onTryAgain} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toHaveFocus();
    expect(screen.getByText('You scored 50%')).toBeInTheDocument();
    expect(screen.getByText('The pass mark is 80%.')).toBeInTheDocument();
    expect(screen.getByText('You did not pass this time.')).toBeInTheDocument();
    expect(screen.getByText('You have 2 attempts left.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onTryAgain).toHaveBeenCalledOnce();
  });

  it('offers no Try again when no attempts are left', () => {
    const assessmentRef = finishedAttempt('final', oneRightOneWrong);
    renderWithI18n(<AssessmentResults assessmentRef={assessmentRef} attemptsLeft={0} onTryAgain={() => undefined} />);
    expect(screen.getByText('You have no attempts left.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('shows a pass without Try again or attempts', () => {
    const assessmentRef = finishedAttempt('final', bothRight);
    renderWithI18n(<AssessmentResults assessmentRef={assessmentRef} attemptsLeft={2} onTryAgain={() => undefined} />);
    expect(screen.getByText('You scored 100%')).toBeInTheDocument();
    expect(screen.getByText('You passed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByText(/attempts? left/)).toBeNull();
  });

  it('opens the review and continues through the machine', async () => {
    const assessmentRef = finishedAttempt('final', bothRight);
    const { user } = renderWithI18n(<AssessmentResults assessmentRef={assessmentRef} attemptsLeft={null} />);
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    expect(assessmentRef.getSnapshot().hasTag('review')).toBe(true);
  });

  it('after a knowledge check explains the score and offers the review, without a pass mark', async () => {
    const assessmentRef = finishedAttempt('check', oneRightOneWrong);
    const { user } = renderWithI18n(<AssessmentResults assessmentRef={assessmentRef} />);
    expect(screen.getByText('You scored 50%')).toBeInTheDocument();
    expect(screen.getByText('1 of 2 questions right.')).toBeInTheDocument();
    expect(screen.getByText(/The questions you missed are worth another look/)).toBeInTheDocument();
    expect(screen.queryByText(/pass mark/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    expect(assessmentRef.getSnapshot().hasTag('review')).toBe(true);
  });

  it('after a knowledge check all right, says the learner is ready to go on', async () => {
    const assessmentRef = finishedAttempt('check', bothRight);
    const { user } = renderWithI18n(<AssessmentResults assessmentRef={assessmentRef} />);
    expect(screen.getByText('2 of 2 questions right.')).toBeInTheDocument();
    expect(screen.getByText('You got every question right, so you are ready for the next part.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(assessmentRef.getSnapshot().status).toBe('done');
  });

  it('after a failed final attempt says what is needed and where to look', () => {
    const assessmentRef = finishedAttempt('final', oneRightOneWrong);
    renderWithI18n(<AssessmentResults assessmentRef={assessmentRef} attemptsLeft={1} onTryAgain={() => undefined} />);
    expect(screen.getByText(/To pass you need 80% or more\. “Review answers” shows which questions you missed and why\./)).toBeInTheDocument();
  });
});
