import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { builtSampleModuleTexts } from '../../../testing/built-texts';
import { tabTo } from '../../../testing/keyboard';
import { QuestionHarness, SAMPLE_NAMESPACE, startAssessment } from './question-harness';

const renderCheck = (questionIds: string[]) => {
  const assessmentRef = startAssessment(questionIds);
  const view = renderWithI18n(<QuestionHarness assessmentRef={assessmentRef} />, { content: { [SAMPLE_NAMESPACE]: builtSampleModuleTexts() } });
  return { ...view, assessmentRef };
};

/** The polite live region the feedback appears in. */
const feedbackRegion = (): HTMLElement => {
  const region = document.querySelector<HTMLElement>('.feedback-region[aria-live="polite"]');
  if (!region) throw new Error('No feedback live region on the screen');
  return region;
};

const submitByKeyboard = async (user: ReturnType<typeof renderCheck>['user']) => {
  await tabTo(user, screen.getByRole('button', { name: 'Submit answer' }));
  await user.keyboard('{Enter}');
};

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('question types, answered by keyboard only', { timeout: 20_000 }, () => {
  it('single choice: radios inside a fieldset named by the prompt; correct answer announced', async () => {
    const { user, missingKeys } = renderCheck(['q-law']);
    const group = screen.getByRole('group', { name: 'Which law covers sexual communication with a child?' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeDisabled();

    await user.tab();
    expect(within(group).getByRole('radio', { name: 'Sexual Offences Act 2003, s15A' })).toHaveFocus();
    await user.keyboard(' ');
    expect(within(group).getByRole('radio', { name: 'Sexual Offences Act 2003, s15A' })).toBeChecked();
    await submitByKeyboard(user);

    expect(within(feedbackRegion()).getByText('Correct')).toBeInTheDocument();
    expect(within(feedbackRegion()).getByText('Section 15A of the Sexual Offences Act 2003.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Finish the knowledge check' })).toHaveFocus();
    expect(within(group).getByRole('radio', { name: 'Children Act 1989, s17' })).toBeDisabled();
    expect(missingKeys).toEqual([]);
  });

  it('single choice: arrow keys move the selection; a wrong answer is announced as incorrect', async () => {
    const { user } = renderCheck(['q-law']);
    await user.tab();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Children Act 1989, s17' })).toBeChecked();
    await submitByKeyboard(user);
    expect(within(feedbackRegion()).getByText('Incorrect')).toBeInTheDocument();
  });

  it('multiple choice: checkboxes with a "select all" hint; all the right ones are correct', async () => {
    const { user } = renderCheck(['q-many']);
    const group = screen.getByRole('group', { name: 'Which are signs of grooming?' });
    expect(group).toHaveAccessibleDescription('Select all that apply.');
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(within(group).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, false]);
    await submitByKeyboard(user);
    expect(within(feedbackRegion()).getByText('Correct')).toBeInTheDocument();
  });

  it('multiple choice: ticking a wrong one as well is incorrect', async () => {
    const { user } = renderCheck(['q-many']);
    for (let i = 0; i < 3; i++) {
      await user.tab();
      await user.keyboard(' ');
    }
    await submitByKeyboard(user);
    expect(within(feedbackRegion()).getByText('Incorrect')).toBeInTheDocument();
  });

  it('true/false: a True / False radio group', async () => {
    const { user } = renderCheck(['q-true']);
    const group = screen.getByRole('group', { name: 'Paying a blackmailer makes the demands stop.' });
    await user.tab();
    expect(within(group).getByRole('radio', { name: 'True' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'False' })).toBeChecked();
    await submitByKeyboard(user);
    expect(within(feedbackRegion()).getByText('Correct')).toBeInTheDocument();
    expect(within(feedbackRegion()).getByText('Paying usually leads to more demands.')).toBeInTheDocument();
  });

  it('matching: one labelled select per prompt; every row must be answered before submitting', async () => {
    const { user } = renderCheck(['q-match']);
    expect(screen.getByRole('group', { name: 'Match each concern to where to report it.' })).toBeInTheDocument();
    const grooming = screen.getByRole('combobox', { name: 'Online grooming' });
    const talk = screen.getByRole('combobox', { name: 'A child who needs to talk' });

    await tabTo(user, grooming);
    await user.selectOptions(grooming, 'CEOP');
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeDisabled();
    await user.tab();
    expect(talk).toHaveFocus();
    await user.selectOptions(talk, 'Childline');
    await submitByKeyboard(user);
    expect(within(feedbackRegion()).getByText('Correct')).toBeInTheDocument();
  });

  it('matching: choosing the placeholder again clears that answer', async () => {
    const { user } = renderCheck(['q-match']);
    const grooming = screen.getByRole('combobox', { name: 'Online grooming' });
    await tabTo(user, grooming);
    await user.selectOptions(grooming, 'Childline');
    await user.selectOptions(screen.getByRole('combobox', { name: 'A child who needs to talk' }), 'CEOP');
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeEnabled();
    await user.selectOptions(grooming, 'Choose an answer');
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeDisabled();
  });

  it('moves on to the next question, whose heading takes focus', async () => {
    const { user } = renderCheck(['q-law', 'q-true']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Question 1 of 2');
    await user.tab();
    await user.keyboard(' ');
    await submitByKeyboard(user);
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Question 2 of 2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.queryByText('Correct')).toBeNull();
  });
});
