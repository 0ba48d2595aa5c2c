import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addContentBundle } from '../../../lib/i18n/content-bundle';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { UntranslatedNote } from '../untranslated-note';

const NS = 'module/sample';
const english = { intro: { title: 'Welcome', body: 'Hello' }, steps: { chat: { title: 'Chat', body: 'Talk' }, check: { title: 'Check' } } };

function renderNote(keyPrefixes: string[], welsh?: Record<string, unknown>) {
  const view = renderWithI18n(<UntranslatedNote namespace={NS} keyPrefixes={keyPrefixes} />, { content: { [NS]: english } });
  if (welsh) addContentBundle(view.i18n, NS, 'cy', welsh);
  return view;
}

describe('UntranslatedNote', () => {
  it('says nothing in the source language', () => {
    renderNote(['intro']);
    expect(screen.queryByText(/not yet translated/)).toBeNull();
  });

  it('says the whole part is in English when the module has no translation in the language', async () => {
    const view = renderNote(['intro']);
    await act(() => view.i18n.changeLanguage('cy'));
    expect(screen.getByText('This part is not yet translated, so it is shown in English.')).toBeInTheDocument();
  });

  it('says some of the screen is in English when one of its texts is missing, and nothing on a screen fully translated', async () => {
    const view = renderNote(['steps.chat'], { intro: { title: 'Croeso', body: 'Helo' }, steps: { chat: { title: 'Sgwrs' }, check: { title: 'Gwirio' } } });
    await act(() => view.i18n.changeLanguage('cy'));
    expect(screen.getByText('Some of this screen is not yet translated, so it is shown in English.')).toBeInTheDocument();
    view.rerender(<UntranslatedNote namespace={NS} keyPrefixes={['intro', 'steps.check']} />);
    expect(screen.queryByText(/not yet translated/)).toBeNull();
  });
});
