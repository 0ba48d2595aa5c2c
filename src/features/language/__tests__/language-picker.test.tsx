import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { loadUiLanguage } from '../../../lib/i18n/ui-parts';
import cyUi from '../../../lib/i18n/locales/cy/ui.json';
import cyPanels from '../../../lib/i18n/locales/cy/panels.json';
import { LanguageContext, type LanguageChoice } from '../language-context';
import { LanguagePicker } from '../language-picker';

function renderPicker(choose: LanguageChoice['choose'], languages: readonly string[] = ['en-GB', 'cy', 'ur']) {
  return renderWithI18n(
    <LanguageContext value={{ languages, choose }}>
      <LanguagePicker />
    </LanguageContext>,
  );
}

describe('LanguagePicker', () => {
  it('is not there when the course ships one language', () => {
    renderPicker(vi.fn(), ['en-GB']);
    expect(screen.queryByRole('button', { name: /language/i })).toBeNull();
  });

  it('lists each language in its own name and script, marked with its language, the current one pressed', async () => {
    const { user } = renderPicker(vi.fn());
    const toggle = screen.getByRole('button', { name: 'Language' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const english = await screen.findByRole('button', { name: 'English' });
    const welsh = screen.getByRole('button', { name: 'Cymraeg' });
    const urdu = screen.getByRole('button', { name: 'اردو' });
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(welsh).toHaveAttribute('aria-pressed', 'false');
    expect(welsh).toHaveAttribute('lang', 'cy');
    expect(urdu).toHaveAttribute('lang', 'ur');
  });

  it('switches when a language is chosen, and says so in the new language', async () => {
    const view = renderPicker(async (language) => {
      await loadUiLanguage(view.i18n, language);
      await view.i18n.changeLanguage(language);
    });
    await view.user.click(screen.getByRole('button', { name: 'Language' }));
    await view.user.click(await screen.findByRole('button', { name: 'Cymraeg' }));
    // The picker itself is now in Welsh, and the learner stays in it.
    await waitFor(() => expect(screen.getByRole('button', { name: cyUi.language.toggle })).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(cyPanels.language.announce.replace('{{language}}', 'Cymraeg'));
  });

  it('says when a language could not be downloaded, and stays in the current one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user, i18n } = renderPicker(() => Promise.reject(new Error('offline')));
    await user.click(screen.getByRole('button', { name: 'Language' }));
    await user.click(await screen.findByRole('button', { name: 'اردو' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That language could not be downloaded');
    expect(i18n.language).toBe('en-GB');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('closes with Escape, putting focus back on its button', async () => {
    const { user } = renderPicker(vi.fn());
    const toggle = screen.getByRole('button', { name: 'Language' });
    await user.click(toggle);
    await screen.findByRole('button', { name: 'English' });
    await user.tab();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
