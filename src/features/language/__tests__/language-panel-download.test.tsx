import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { network } from '../../../testing/slow-network';
import { LanguageContext } from '../language-context';
import { LanguagePicker } from '../language-picker';

// The panel's code comes through a network the test controls; everything else is real.
vi.mock('../lazy-language-panel', async () => {
  const { network: slow } = await import('../../../testing/slow-network');
  const { LanguagePanel } = await import('../language-panel');
  return { lazyLanguagePanel: slow.part(LanguagePanel, ['panels']) };
});

beforeEach(() => network.reset());

function renderPicker() {
  const result = renderWithI18n(
    <LanguageContext value={{ languages: ['en-GB', 'cy', 'ur'], choose: vi.fn() }}>
      <LanguagePicker />
    </LanguageContext>,
  );
  return { ...result, toggle: screen.getByRole('button', { name: 'Language' }) };
}

describe('The language list on a slow or dropped connection', () => {
  it('starts downloading on intent, says it is loading, then lists the languages', async () => {
    const { user, toggle, missingKeys } = renderPicker();
    await user.hover(toggle);
    expect(network.requests).toBe(1);
    await user.click(toggle);
    const placeholder = screen.getByText('Loading…', { selector: 'p' }).parentElement;
    expect(placeholder).toHaveAttribute('aria-busy', 'true');
    expect(toggle).toHaveAttribute('aria-controls', placeholder?.id);
    network.deliver();
    expect(await screen.findByRole('button', { name: 'Cymraeg' })).toBeVisible();
    expect(missingKeys).toEqual([]);
  });

  it('says it did not load and offers to try again, which lists them', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user, toggle } = renderPicker();
    await user.click(toggle);
    network.cutOff();
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(toggle).toHaveFocus();
    network.deliver();
    expect(await screen.findByRole('button', { name: 'اردو' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    quiet.mockRestore();
  });
});
