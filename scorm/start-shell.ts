import { splitParagraphs } from '../src/lib/markdown/split-paragraphs';

/**
 * What the page shows before its script has run: the course title and description and
 * a working "Exit this page" link, written into index.html at build time. On a slow
 * connection the learner reads what the course is about, and can leave it, about a
 * second before the player starts; React then replaces it all. Not a heading or a
 * landmark, so nothing (a screen reader, a test) mistakes it for the first screen;
 * `aria-busy` says the page is still loading. The texts are the course's source
 * language: a learner using another language sees them only until the player starts.
 */
export interface StartShellTexts {
  title: string;
  description: string;
  /** The quick exit's label (UI string quickExit.button). */
  exitLabel: string;
  /** UI string app.loading. */
  loading: string;
  /** UI string app.openedFromFile (shell.json, used only here): what to do when the page was opened from file://. */
  openedFromFile: string;
  /** The partnership's neutral page (partnership.yaml quickExitUrl). */
  quickExitUrl: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

export function startShellHtml(texts: StartShellTexts): string {
  const paragraphs = splitParagraphs(texts.description).map((p) => `<p>${escapeHtml(p)}</p>`);
  return [
    '<div class="start-shell" aria-busy="true">',
    '<div class="site-header">',
    `<div class="site-header__exit"><a class="button button--primary quick-exit" href="${escapeHtml(texts.quickExitUrl)}" rel="noreferrer">${escapeHtml(texts.exitLabel)}</a></div>`,
    `<p class="site-header__title">${escapeHtml(texts.title)}</p>`,
    '</div>',
    '<div class="site-main"><div class="screen course-menu">',
    `<p class="start-shell__title">${escapeHtml(texts.title)}</p>`,
    ...paragraphs,
    `<p class="start-shell__loading">${escapeHtml(texts.loading)}</p>`,
    // Opened from file://, the browser blocks the module scripts and the stylesheet (both are
    // crossorigin requests), and no script of ours can run to say so. The stylesheet hides this
    // note, so it shows exactly when the styles did not load: from a file, or a broken server.
    `<p class="start-shell__opened-from-file">${escapeHtml(texts.openedFromFile)}</p>`,
    '</div></div>',
    '</div>',
  ].join('');
}

const EMPTY_ROOT = /<div id="root"><\/div>/;

/** index.html with the shell inside its empty `<div id="root">`; throws, naming the file, when there is none. */
export function withStartShell(html: string, shell: string, file: string): string {
  if (!EMPTY_ROOT.test(html)) throw new Error(`${file}: expected an empty <div id="root"></div> to put the start screen in`);
  return html.replace(EMPTY_ROOT, `<div id="root">${shell}</div>`);
}
