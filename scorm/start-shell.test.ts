import { describe, expect, it } from 'vitest';
import { startShellHtml, withStartShell } from './start-shell';

const texts = {
  title: 'Online Safety – Risks to Children',
  description: 'What the risks are.\n\nHow to act <now> & "safely".',
  exitLabel: 'Exit this page',
  loading: 'Loading…',
  openedFromFile: 'Opened from file://: serve this folder instead.',
  quickExitUrl: 'https://www.bbc.co.uk/weather?a=1&b=2',
};

describe('startShellHtml', () => {
  const html = startShellHtml(texts);

  it('shows the title, each paragraph of the description and a loading note, escaped', () => {
    expect(html).toContain('<p class="start-shell__title">Online Safety – Risks to Children</p>');
    expect(html).toContain('<p>What the risks are.</p><p>How to act &lt;now&gt; &amp; &quot;safely&quot;.</p>');
    expect(html).toContain('<p class="start-shell__loading">Loading…</p>');
  });

  it('says what to do when opened from a file, in a note the stylesheet hides', () => {
    expect(html).toContain('<p class="start-shell__opened-from-file">Opened from file://: serve this folder instead.</p>');
  });

  it('offers the quick exit as a plain link to the neutral page, so it works before any script', () => {
    expect(html).toContain('<a class="button button--primary quick-exit" href="https://www.bbc.co.uk/weather?a=1&amp;b=2" rel="noreferrer">Exit this page</a>');
  });

  it('has no heading, landmark or script: it is not the first screen, only what comes before it', () => {
    expect(html).not.toMatch(/<h[1-6]|<header|<main|<script|style=/);
    expect(html).toContain('aria-busy="true"');
  });
});

describe('withStartShell', () => {
  it('fills the empty root', () => {
    expect(withStartShell('<body><div id="root"></div></body>', '<p>x</p>', 'index.html')).toBe('<body><div id="root"><p>x</p></div></body>');
  });

  it('names the file when there is no empty root', () => {
    expect(() => withStartShell('<body></body>', '<p>x</p>', 'dist/x/index.html')).toThrow('dist/x/index.html: expected an empty <div id="root"></div>');
  });
});
