import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from '../../course/progress/progress-record';
import { renderApp } from './app-harness';

const done = { ...emptyModuleProgress(), completed: true, position: { at: 'intro' as const } };
const allModulesDone: ProgressRecord = { ...emptyProgress(), modules: { sample: done, second: done } };

/** Answer the question on screen wrongly, whichever sample question the seeded draw picked. */
async function answerWrongly(user: UserEvent): Promise<void> {
  const wrongRadio = screen.queryByRole('radio', { name: 'Children Act 1989, s17' }) ?? screen.queryByRole('radio', { name: 'True' });
  const wrongBox = screen.queryByRole('checkbox', { name: 'Doing homework' });
  const grooming = screen.queryByRole('combobox', { name: 'Online grooming' });
  if (wrongRadio) await user.click(wrongRadio);
  if (wrongBox) await user.click(wrongBox);
  if (grooming) {
    await user.selectOptions(grooming, 'Childline');
    await user.selectOptions(screen.getByRole('combobox', { name: 'A child who needs to talk' }), 'CEOP');
  }
  // An ordering question starts shuffled, so submitting it untouched is wrong too.
  await user.click(await screen.findByRole('button', { name: 'Submit answer' }));
}

// Whole flows through the real app are long in jsdom: a generous limit, not a timing check.
describe('final assessment in the app', { timeout: 30_000 }, () => {
  it('runs an attempt without feedback, shows results, and Try again starts a new attempt', async () => {
    const { user, missingKeys } = renderApp({ progress: allModulesDone });
    await user.click(await screen.findByRole('button', { name: 'Start the final assessment' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Final assessment Question 1 of 3' })).toHaveFocus();
    for (let i = 0; i < 3; i++) {
      expect(screen.queryByText(/^(Correct|Incorrect)$/)).toBeNull();
      await answerWrongly(user);
    }

    expect(await screen.findByRole('heading', { level: 1, name: 'Your results' })).toHaveFocus();
    expect(await screen.findByText('You scored 0%')).toBeInTheDocument();
    expect(await screen.findByText('The pass mark is 80%.')).toBeInTheDocument();
    expect(await screen.findByText('You did not pass this time.')).toBeInTheDocument();
    expect(await screen.findByText('You have 1 attempt left.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Review answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 3, name: 'Correct answer' })).toHaveLength(3);
    await user.click(await screen.findByRole('button', { name: 'Back to your results' }));

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Final assessment Question 1 of 3' })).toHaveFocus();
    expect(missingKeys).toEqual([]);
  });
});
