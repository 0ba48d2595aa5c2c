import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { builtSampleModuleTexts } from '../../../testing/built-texts';
import { tabTo } from '../../../testing/keyboard';
import { QuestionHarness, SAMPLE_NAMESPACE, startAssessment } from './question-harness';

const CORRECT = ['Listen', 'Record', 'Refer'];

const renderOrdering = () => {
  const assessmentRef = startAssessment(['q-order']);
  return renderWithI18n(<QuestionHarness assessmentRef={assessmentRef} />, { content: { [SAMPLE_NAMESPACE]: builtSampleModuleTexts() } });
};

const shownOrder = (): string[] =>
  within(screen.getByRole('group', { name: 'Put the steps in order.' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.ordering__text')?.textContent ?? '');

const announcement = (): string => screen.getByRole('status').textContent ?? '';

/** Sort by pressing "Move up" buttons with the keyboard (insertion sort: the way a learner would). */
async function putInOrder(user: UserEvent): Promise<void> {
  for (let target = 0; target < CORRECT.length; target++) {
    const item = CORRECT[target] ?? '';
    while (shownOrder().indexOf(item) > target) {
      const moveUp = screen.getByRole('button', { name: `Move up ${item}` });
      await tabTo(user, moveUp);
      await user.keyboard('{Enter}');
    }
  }
}

// Keyboard flows through jsdom are slow on a busy machine: a generous limit, not a timing check.
describe('ordering question', { timeout: 20_000 }, () => {
  it('starts shuffled, never already in the right order', () => {
    renderOrdering();
    expect(shownOrder()).not.toEqual(CORRECT);
    expect([...shownOrder()].sort()).toEqual([...CORRECT].sort());
  });

  it('names each move button after its item and disables moves past the ends', () => {
    renderOrdering();
    const [first, , last] = shownOrder();
    expect(screen.getByRole('button', { name: `Move up ${first}` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move down ${last}` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move down ${first}` })).toBeEnabled();
  });

  it('moves an item with the keyboard, announces its new position and keeps focus on it', async () => {
    const { user } = renderOrdering();
    const [first, second] = shownOrder();
    const moveDown = screen.getByRole('button', { name: `Move down ${first}` });
    await tabTo(user, moveDown);
    await user.keyboard('{Enter}');

    expect(shownOrder().slice(0, 2)).toEqual([second, first]);
    expect(announcement()).toBe(`${first} moved to position 2 of 3.`);
    expect(screen.getByRole('button', { name: `Move down ${first}` })).toHaveFocus();
  });

  it('keeps focus on the item when it reaches an end and that button is disabled', async () => {
    const { user } = renderOrdering();
    const [, second] = shownOrder();
    await tabTo(user, screen.getByRole('button', { name: `Move up ${second}` }));
    await user.keyboard('{Enter}');
    expect(shownOrder()[0]).toBe(second);
    expect(screen.getByRole('button', { name: `Move up ${second}` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move down ${second}` })).toHaveFocus();
    expect(announcement()).toBe(`${second} moved to position 1 of 3.`);
  });

  it('is marked correct once put in order by Move up / Move down alone', async () => {
    const { user } = renderOrdering();
    await putInOrder(user);
    expect(shownOrder()).toEqual(CORRECT);
    await tabTo(user, screen.getByRole('button', { name: 'Submit answer' }));
    await user.keyboard('{Enter}');
    const feedback = screen.getByText('Correct').closest('[aria-live="polite"]');
    expect(feedback).not.toBeNull();
    expect(feedback).toHaveTextContent('Listen first, then record, then refer.');
  });
});
