import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderBlocksLesson } from '../testing/block-harness';
import { tabTo } from '../../../testing/keyboard';

describe('sort into groups block', () => {
  it('is sorted with the keyboard alone (a radio group per item, no dragging), asks for every item, then explains', async () => {
    const { user, moduleRef, interactions } = renderBlocksLesson();
    const lootBox = screen.getByRole('group', { name: 'Buying loot boxes' });
    const stranger = screen.getByRole('group', { name: 'A stranger asks for a photo' });
    const check = screen.getAllByRole('button', { name: 'Check my answers' })[1] as HTMLElement;

    await tabTo(user, within(lootBox).getByRole('radio', { name: 'Contact' }));
    await user.keyboard(' ');
    await tabTo(user, check);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a group for 1 more item, then check again.');
    expect(interactions).toHaveLength(0);

    // Back from Check: an item with no group yet is entered at its last group; arrow keys move within an item's groups.
    await tabTo(user, within(stranger).getByRole('radio', { name: 'Commerce' }), { backwards: true });
    await user.keyboard(' ');
    await user.keyboard('{ArrowLeft}');
    expect(within(stranger).getByRole('radio', { name: 'Contact' })).toBeChecked();
    await tabTo(user, within(lootBox).getByRole('radio', { name: 'Contact' }), { backwards: true });
    await user.keyboard('{ArrowRight}');
    expect(within(lootBox).getByRole('radio', { name: 'Commerce' })).toBeChecked();
    await tabTo(user, check);
    await user.keyboard('{Enter}');

    expect(screen.getByText('You put 2 of 2 items in the right group.')).toHaveFocus();
    expect(screen.getByText('Buying loot boxes').closest('li')).toHaveTextContent('Right: Commerce.');
    expect(interactions[0]).toMatchObject({ interaction: { kind: 'block', stepId: 'pieces', block: { id: 'which-c' }, correct: true } });
    expect(moduleRef.getSnapshot().context.progress.blocks?.['pieces.which-c']).toEqual({
      type: 'sort-into-groups',
      placed: { 'loot-box': 'commerce', stranger: 'contact' },
    });
  });

  it('shows a saved answer checked on a revisit, naming where a misplaced item belongs', () => {
    renderBlocksLesson({ blocks: { 'pieces.which-c': { type: 'sort-into-groups', placed: { 'loot-box': 'contact', stranger: 'contact' } } } });
    expect(screen.getByText('You put 1 of 2 items in the right group.')).toBeInTheDocument();
    expect(screen.getByText('Buying loot boxes').closest('li')).toHaveTextContent('You chose Contact. It belongs in Commerce.');
  });
});
