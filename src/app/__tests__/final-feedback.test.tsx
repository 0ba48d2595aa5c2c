import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createActor } from 'xstate';
import { renderWithI18n } from '../../testing/render-with-i18n';
import { builtModuleTexts } from '../../testing/built-texts';
import { buildModule } from '../../testing/builders';
import { sampleModuleTexts } from '../../testing/sample-texts';
import { detachedAssessmentMachine } from '../../testing/detached';
import { QuestionHarness, SAMPLE_NAMESPACE } from '../../features/questions/__tests__/question-harness';
import { AssessmentResults } from '../../features/assessment/assessment-results';

const module = buildModule({
  sources: ['soa-2003'],
  questions: [
    { id: 'q-law', type: 'single-choice', cites: ['soa-2003'], options: [{ id: 'a', correct: true }, { id: 'b' }] },
    { id: 'q-true', type: 'true-false', answer: false },
  ],
});
const texts = builtModuleTexts(module, { ...sampleModuleTexts, sources: { 'soa-2003': 'Sexual Offences Act 2003, section 15A (legislation.gov.uk).' } });

const finalAttempt = (answers = {}) =>
  createActor(detachedAssessmentMachine, { input: { id: 'assessment.1', mode: 'final', questions: module.questions, answers, passMark: 70 } }).start();

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('final assessment: per-question feedback after submission', { timeout: 20_000 }, () => {
  it('shows nothing while answering, then each question’s explanation and the source it cites in the review', async () => {
    const assessmentRef = finalAttempt();
    const { user } = renderWithI18n(<QuestionHarness assessmentRef={assessmentRef} />, { content: { [SAMPLE_NAMESPACE]: texts } });

    await user.click(screen.getByRole('radio', { name: 'Children Act 1989, s17' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.queryByText('Section 15A of the Sexual Offences Act 2003.')).toBeNull();
    expect(screen.queryByText('Source:')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));

    assessmentRef.send({ type: 'review.open' });
    await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
    const [law, blackmail] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('review-item'));
    if (!law || !blackmail) throw new Error('Expected two reviewed questions');
    expect(within(law).getByText('Incorrect')).toBeInTheDocument();
    expect(within(law).getByText('Section 15A of the Sexual Offences Act 2003.')).toBeInTheDocument();
    expect(within(law).getByText('Source:')).toBeInTheDocument();
    expect(within(law).getByText('Sexual Offences Act 2003, section 15A (legislation.gov.uk).')).toBeInTheDocument();
    // A question with no cites gets its explanation and no empty "Source:" line.
    expect(within(blackmail).getByText('Paying usually leads to more demands.')).toBeInTheDocument();
    expect(within(blackmail).queryByText('Source:')).toBeNull();
  });

  it('encourages a parent who did not pass, with the pass mark, instead of the practitioners’ plain words', () => {
    const failed = finalAttempt({ 'q-law': { type: 'single-choice', option: 'b' }, 'q-true': { type: 'true-false', value: false } });
    renderWithI18n(<AssessmentResults assessmentRef={failed} attemptsLeft={null} onTryAgain={() => {}} encouraging />);
    expect(screen.getByText(/You are nearly there/)).toHaveTextContent('You need 70% to pass');
    expect(screen.queryByText(/To pass you need/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('praises a parent who passed', () => {
    const passed = finalAttempt({ 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: false } });
    renderWithI18n(<AssessmentResults assessmentRef={passed} attemptsLeft={null} encouraging />);
    expect(screen.getByText(/Well done: you know a lot about keeping your child safe online/)).toBeInTheDocument();
  });
});
