import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { useContentText } from '../../i18n/use-content-text';
import { addContentBundle } from '../../i18n/content-bundle';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { createTestI18n } from '../../../testing/test-i18n';
import { compileMarkdown } from '../compile-markdown';
import { Markdown } from '../markdown';
import { useContentMarkdown } from '../use-content-markdown';

const NAMESPACE = 'module/test';

function Body({ textKey }: { textKey: string }) {
  const markdown = useContentMarkdown(NAMESPACE);
  return (
    <div data-testid="body">
      <Markdown content={markdown(textKey)} />
    </div>
  );
}

const body = (): string => screen.getByTestId('body').innerHTML;

function Title({ textKey }: { textKey: string }) {
  const text = useContentText(NAMESPACE);
  return <h1>{text(textKey)}</h1>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useContentMarkdown', () => {
  it('reads a compiled text from the module namespace', () => {
    renderWithI18n(<Body textKey="intro.body" />, { content: { [NAMESPACE]: { intro: { body: compileMarkdown('Be **clear**.') } } } });
    expect(body()).toBe('<p>Be <strong>clear</strong>.</p>');
  });

  it('falls back to the source language as plain texts do', () => {
    const { i18n, missingKeys } = createTestI18n({ language: 'cy', content: { [NAMESPACE]: { intro: { title: 'Teitl' } } } });
    addContentBundle(i18n, NAMESPACE, 'en-GB', { intro: { body: compileMarkdown('Not yet *translated*.') } });
    render(
      <I18nextProvider i18n={i18n}>
        <Body textKey="intro.body" />
      </I18nextProvider>,
    );
    // Marked as English, left to right, so a screen reader switches voice and an Urdu page keeps it readable.
    expect(body()).toBe('<div class="content-language" lang="en-GB" dir="ltr"><p>Not yet <em>translated</em>.</p></div>');
    expect(missingKeys).toEqual([]);
  });

  it('marks nothing when the text is in the language shown', async () => {
    const { i18n } = createTestI18n({ language: 'cy', content: { [NAMESPACE]: { intro: { body: compileMarkdown('Wedi *cyfieithu*.') } } } });
    addContentBundle(i18n, NAMESPACE, 'en-GB', { intro: { body: compileMarkdown('Translated.') } });
    // As the app does: the language is changed once its texts are there (i18next resolves it then).
    await i18n.changeLanguage('cy');
    render(
      <I18nextProvider i18n={i18n}>
        <Body textKey="intro.body" />
      </I18nextProvider>,
    );
    expect(body()).toBe('<p>Wedi <em>cyfieithu</em>.</p>');
  });

  it('reports a missing text exactly as a missing plain text, and shows its key', () => {
    const markdownView = renderWithI18n(<Body textKey="steps.gone.body" />, { content: { [NAMESPACE]: {} } });
    expect(body()).toBe('<p>steps.gone.body</p>');
    const plainView = renderWithI18n(<Title textKey="steps.gone.body" />, { content: { [NAMESPACE]: {} } });
    expect(markdownView.missingKeys).toHaveLength(1);
    expect(markdownView.missingKeys).toEqual(plainView.missingKeys);
    expect(markdownView.missingKeys[0]).toContain('"steps.gone.body"');
    expect(markdownView.missingKeys[0]).toContain(`"${NAMESPACE}"`);
  });

  it('treats an empty text as missing', () => {
    const { missingKeys } = renderWithI18n(<Body textKey="intro.body" />, { content: { [NAMESPACE]: { intro: { body: '' } } } });
    expect(body()).toBe('<p>intro.body</p>');
    expect(missingKeys).toHaveLength(1);
  });

  it('shows a text the build did not compile as plain paragraphs, and says which', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { missingKeys } = renderWithI18n(<Body textKey="intro.body" />, {
      content: { [NAMESPACE]: { intro: { body: 'First **part**.\n\nSecond part.' } } },
    });
    expect(body()).toBe('<p>First **part**.</p><p>Second part.</p>');
    expect(error).toHaveBeenCalled();
    expect(String(error.mock.calls[0]?.[0])).toMatch(/not compiled: key "intro\.body" in namespace "module\/test"/);
    expect(missingKeys).toEqual([]);
  });

  it('never shows an object or breaks when a mapping sits where a text should be', () => {
    renderWithI18n(<Body textKey="intro" />, { content: { [NAMESPACE]: { intro: { title: 'A title' } } } });
    expect(screen.getByTestId('body').querySelectorAll('p')).toHaveLength(1);
    expect(body()).not.toContain('[object Object]');
    expect(body()).not.toContain('A title');
  });
});
