import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addContentBundle } from '../content-bundle';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { useMarkedContentText } from '../use-marked-content-text';

const NS = 'module/sample';
const english = { steps: { chat: { title: 'Chat with Sam', prompt: 'Which are warning signs?' } } };

function Lesson() {
  const text = useMarkedContentText(NS);
  return (
    <>
      <h1>{text.node('steps.chat.title')}</h1>
      <select aria-label="Choice">
        <option {...text.mark('steps.chat.prompt')}>{text('steps.chat.prompt')}</option>
      </select>
    </>
  );
}

/** The lesson in `language`, whose translation has only the title (or nothing, without `title`). */
async function renderIn(language: string, title?: string) {
  const view = renderWithI18n(<Lesson />, { content: { [NS]: english } });
  // As when a learner picks the language: its interface texts are there (src/app/language-switch.ts).
  view.i18n.addResourceBundle(language, 'ui', { app: { menu: `menu (${language})` } }, true);
  if (title) addContentBundle(view.i18n, NS, language, { steps: { chat: { title } } });
  await act(() => view.i18n.changeLanguage(language));
  return view;
}

describe('Course text not yet translated', () => {
  // WCAG 2.2 3.1.2 (language of parts): a screen reader reads English words in an English voice
  // only if they say they are English; inside a right-to-left page they also read left to right.
  it('is marked as English, left to right, inside an Urdu page', async () => {
    await renderIn('ur');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Chat with Sam');
    const english = heading.querySelector('span');
    expect(english).toHaveAttribute('lang', 'en-GB');
    expect(english).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('option')).toHaveAttribute('lang', 'en-GB');
  });

  it('is marked only where the translation lacks it', async () => {
    await renderIn('cy', 'Sgwrs gyda Sam');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Sgwrs gyda Sam');
    expect(heading.querySelector('[lang]')).toBeNull();
    expect(screen.getByRole('option')).toHaveAttribute('lang', 'en-GB');
    expect(screen.getByRole('option')).toHaveAttribute('dir', 'ltr');
  });

  it('carries no mark in English, the language it is written in', async () => {
    renderWithI18n(<Lesson />, { content: { [NS]: english } });
    expect(screen.getByRole('heading', { level: 1 }).querySelector('[lang]')).toBeNull();
    expect(screen.getByRole('option')).not.toHaveAttribute('lang');
  });
});
