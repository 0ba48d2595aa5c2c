import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { builtSampleModuleTexts } from '../../../testing/built-texts';
import { QuestionHarness, SAMPLE_NAMESPACE, startAssessment } from './question-harness';

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('final assessment questions and review', { timeout: 20_000 }, () => {
  it('gives no feedback per question, then reviews each answer against the correct one', async () => {
    const assessmentRef = startAssessment(['q-law', 'q-many'], 'final');
    const { user } = renderWithI18n(<QuestionHarness assessmentRef={assessmentRef} />, { content: { [SAMPLE_NAMESPACE]: builtSampleModuleTexts() } });

    await user.click(screen.getByRole('radio', { name: 'Children Act 1989, s17' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.queryByText('Incorrect')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Question 2 of 2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();

    await user.click(screen.getByRole('checkbox', { name: 'Pressure to keep secrets' }));
    await user.click(screen.getByRole('checkbox', { name: 'Unexplained gifts' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(assessmentRef.getSnapshot().hasTag('results')).toBe(true);

    assessmentRef.send({ type: 'review.open' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toHaveFocus();
    const [first, second] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('review-item'));
    if (!first || !second) throw new Error('Expected two reviewed questions');

    expect(within(first).getByText('Which law covers sexual communication with a child?')).toBeInTheDocument();
    expect(within(first).getByText('Incorrect')).toBeInTheDocument();
    expect(within(first).getByRole('heading', { name: 'Your answer' }).nextElementSibling).toHaveTextContent('Children Act 1989, s17');
    expect(within(first).getByRole('heading', { name: 'Correct answer' }).nextElementSibling).toHaveTextContent('Sexual Offences Act 2003, s15A');

    expect(within(second).getByText('Correct')).toBeInTheDocument();
    expect(within(second).getByRole('heading', { name: 'Your answer' }).nextElementSibling).toHaveTextContent('Pressure to keep secretsUnexplained gifts');

    await user.click(screen.getByRole('button', { name: 'Back to your results' }));
    expect(assessmentRef.getSnapshot().hasTag('results')).toBe(true);
  });
});
