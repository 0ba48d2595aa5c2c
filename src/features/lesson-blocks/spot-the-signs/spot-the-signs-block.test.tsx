import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';
import { tabTo } from '../../../testing/keyboard';

describe('spot the signs block', () => {
  it('is answered with the keyboard alone, then says which items are signs and why, and reports an interaction', async () => {
    const { user, moduleRef, interactions } = renderBlocksLesson();
    const group = screen.getByRole('group', { name: 'Which of these are warning signs?' });
    expect(group).toHaveAccessibleDescription('Select every item you think is a warning sign, then check your answers.');

    await tabTo(user, within(group).getByRole('checkbox', { name: 'A new, older online friend' }));
    await user.keyboard(' ');
    await tabTo(user, within(group).getByRole('checkbox', { name: 'Using a homework app' }));
    await user.keyboard(' ');
    await tabTo(user, screen.getAllByRole('button', { name: 'Check my answers' })[0] as HTMLElement);
    await user.keyboard('{Enter}');

    const summary = screen.getByText(/You spotted 1 of 2 warning signs\./);
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('1 item you selected is not a warning sign.');
    const homework = screen.getByText('Using a homework app').closest('li') as HTMLElement;
    expect(homework).toHaveTextContent('Not a warning sign. You selected it.');
    expect(homework).toHaveTextContent('Ordinary use.');
    const gifts = screen.getByText('Unexplained gifts').closest('li') as HTMLElement;
    expect(gifts).toHaveTextContent('A warning sign. You did not select it.');

    expect(interactions).toHaveLength(1);
    expect(interactions[0]).toMatchObject({ interaction: { kind: 'block', stepId: 'pieces', block: { id: 'signs' }, correct: false } });
    expect(moduleRef.getSnapshot().context.progress.blocks).toEqual({ 'pieces.signs': { type: 'spot-the-signs', selected: ['new-friend', 'homework'] } });
  });

  it('shows a saved answer as checked when the screen is visited again, and can be tried again', async () => {
    const { user } = renderBlocksLesson({ blocks: { 'pieces.signs': { type: 'spot-the-signs', selected: ['new-friend', 'gifts'] } } });
    expect(screen.getByText(/You spotted 2 of 2 warning signs\./)).not.toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Which of these are warning signs?' })).toBeNull();

    await user.click(screen.getAllByRole('button', { name: 'Try again' })[0] as HTMLElement);
    expect(screen.getByRole('checkbox', { name: 'Unexplained gifts' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Using a homework app' })).not.toBeChecked();
  });
});
