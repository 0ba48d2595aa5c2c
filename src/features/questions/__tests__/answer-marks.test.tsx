import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createActor } from 'xstate';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { builtModuleTexts, builtSampleModuleTexts } from '../../../testing/built-texts';
import { buildModule } from '../../../testing/builders';
import { sampleModuleTexts } from '../../../testing/sample-texts';
import { detachedAssessmentMachine } from '../../../testing/detached';
import { tabTo } from '../../../testing/keyboard';
import { QuestionHarness, SAMPLE_NAMESPACE, startAssessment } from './question-harness';

const renderCheck = (questionIds: string[]) => {
  const assessmentRef = startAssessment(questionIds);
  return renderWithI18n(<QuestionHarness assessmentRef={assessmentRef} />, { content: { [SAMPLE_NAMESPACE]: builtSampleModuleTexts() } });
};

const submit = async (user: ReturnType<typeof renderCheck>['user']) => {
  await tabTo(user, screen.getByRole('button', { name: 'Submit answer' }));
  await user.keyboard('{Enter}');
};

/** The option's row: its control, its label and its mark. */
const row = (name: RegExp): HTMLElement => screen.getByRole('radio', { name }).closest('.choice') as HTMLElement;

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('after a knowledge-check answer, each option says how it did', { timeout: 20_000 }, () => {
  it('single choice: the learner\'s wrong answer stays checked and says so; the right one is marked as not chosen', async () => {
    const { user } = renderCheck(['q-law']);
    expect(screen.queryByText(/Your answer:/)).toBeNull();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    await submit(user);

    const chosen = screen.getByRole('radio', { name: /Children Act 1989, s17/ });
    expect(chosen).toBeChecked();
    expect(chosen).toHaveAccessibleName('Children Act 1989, s17 Your answer: wrong');
    expect(screen.getByRole('radio', { name: /Sexual Offences Act/ })).toHaveAccessibleName('Sexual Offences Act 2003, s15A Right answer (not chosen)');
    // A tick or a cross with the words, never colour alone.
    expect(row(/Children Act/).querySelector('.answer-mark--wrong svg')).not.toBeNull();
    expect(row(/Sexual Offences/).querySelector('.answer-mark--right svg')).not.toBeNull();
  });

  it('multiple choice: every ticked option is marked, and a right one left unticked', async () => {
    const { user } = renderCheck(['q-many']);
    await user.click(screen.getByRole('checkbox', { name: 'Pressure to keep secrets' }));
    await user.click(screen.getByRole('checkbox', { name: 'Doing homework' }));
    await submit(user);
    expect(screen.getByRole('checkbox', { name: /Pressure to keep secrets/ })).toHaveAccessibleName('Pressure to keep secrets Your answer: right');
    expect(screen.getByRole('checkbox', { name: /Doing homework/ })).toHaveAccessibleName('Doing homework Your answer: wrong');
    expect(screen.getByRole('checkbox', { name: /Unexplained gifts/ })).toHaveAccessibleName('Unexplained gifts Right answer (not chosen)');
  });

  it('true/false: the learner\'s choice and the right value are marked', async () => {
    const { user } = renderCheck(['q-true']);
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await submit(user);
    expect(screen.getByRole('radio', { name: /^True/ })).toHaveAccessibleName('True Your answer: wrong');
    expect(screen.getByRole('radio', { name: /^False/ })).toHaveAccessibleName('False Right answer (not chosen)');
  });

  it('matching: each row says whether it was right and, if not, what was', async () => {
    const { user } = renderCheck(['q-match']);
    const selects = screen.getAllByRole('combobox');
    // Both rows get the same answer, so one is right and one is wrong whatever the targets' order.
    await user.selectOptions(selects[0] as HTMLElement, 'CEOP');
    await user.selectOptions(selects[1] as HTMLElement, 'CEOP');
    await submit(user);
    expect(screen.getByRole('combobox', { name: 'Online grooming' })).toHaveAccessibleDescription('Your answer: right');
    expect(screen.getByRole('combobox', { name: 'A child who needs to talk' })).toHaveAccessibleDescription('Your answer: wrong The right answer is Childline.');
  });

  it('ordering: each item says whether it is in the right place, and the move buttons go', async () => {
    const { user } = renderCheck(['q-order']);
    await submit(user);
    const items = screen.getAllByRole('listitem');
    for (const item of items) {
      const text = item.textContent ?? '';
      expect(text.includes('In the right place') || /Not in the right place\. It belongs at number [123]\./.test(text)).toBe(true);
    }
    expect(screen.queryByRole('button', { name: /Move up/ })).toBeNull();
  });

  it('shows the explanation with the source the question cites', async () => {
    const module = buildModule({
      sources: ['soa-2003'],
      questions: [{ id: 'q-law', type: 'single-choice', cites: ['soa-2003'], options: [{ id: 'a', correct: true }, { id: 'b' }] }],
    });
    const texts = builtModuleTexts(module, { ...sampleModuleTexts, sources: { 'soa-2003': 'Sexual Offences Act 2003, section 15A (legislation.gov.uk).' } });
    const assessmentRef = createActor(detachedAssessmentMachine, { input: { id: 'test', mode: 'check', questions: module.questions } }).start();
    const { user } = renderWithI18n(<QuestionHarness assessmentRef={assessmentRef} />, { content: { [SAMPLE_NAMESPACE]: texts } });
    expect(screen.queryByText('Source:')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Sexual Offences Act 2003, s15A' }));
    await submit(user);
    const feedback = document.querySelector<HTMLElement>('.feedback-region') as HTMLElement;
    expect(within(feedback).getByText('Source:')).toBeInTheDocument();
    expect(within(feedback).getByText('Sexual Offences Act 2003, section 15A (legislation.gov.uk).')).toBeInTheDocument();
  });
});
