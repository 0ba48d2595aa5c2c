import type { RequiredText } from '../required-texts';
import { createProblem, formatPath } from './content-problem';
import type { ContentProblem } from './content-problem';
import { isMapping, localeEntries } from './locale-entries';
import { findRawHtml } from './markdown-html';
import { describeValue } from './message-format';
import type { ParsedDocument } from './parsed-document';
import { BodyWithBlocks, EmptyTranslation, InvalidLocaleFile, MissingTranslation, RawHtmlInMarkdown, TranslationNotText, UnusedTranslation } from './problem-catalogue';

/**
 * One locale file against the texts its structure file needs: every needed key is
 * a non-empty string (markdown without raw HTML), and no key is left over. A missing
 * text is reported at the structure line that needs it, naming the locale file.
 */
export function textProblems(
  required: readonly RequiredText[],
  structure: ParsedDocument,
  locale: ParsedDocument,
  /** Unneeded keys with a known reason (a lesson body beside its blocks), reported as that. */
  misplaced: ReadonlyMap<string, { step: string }> = new Map(),
  /**
   * A translation (any locale but the course's source language) may leave texts out: the
   * player shows those in the source language with a "not yet translated" note. What it
   * does hold is checked as strictly as the source.
   */
  partial = false,
): ContentProblem[] {
  if (!locale.ok) return [];
  if (!isMapping(locale.data)) {
    const found = describeValue(locale.data);
    return [createProblem(InvalidLocaleFile, { found }, { file: locale.file, line: 1, path: '', field: '', found, expected: 'a mapping of text keys' })];
  }
  const problems: ContentProblem[] = [];
  const entries = new Map(localeEntries(locale).map((entry) => [entry.key, entry]));
  const needed = new Map<string, RequiredText>();
  for (const text of required) if (!needed.has(text.key)) needed.set(text.key, text);

  for (const text of needed.values()) {
    const entry = entries.get(text.key);
    if (!entry) {
      if (partial) continue;
      problems.push(
        createProblem(MissingTranslation, { key: text.key, localeFile: locale.file }, {
          file: structure.file,
          line: structure.lineOf(text.origin),
          path: formatPath(text.origin),
          field: text.key,
          expected: `a non-empty text under "${text.key}" in ${locale.file}`,
        }),
      );
      continue;
    }
    const at = { file: locale.file, line: entry.line, path: text.key, field: text.key };
    if (entry.value === null || (typeof entry.value === 'string' && entry.value.trim() === '')) {
      problems.push(createProblem(EmptyTranslation, { key: text.key }, { ...at, found: describeValue(entry.value), expected: 'a non-empty text' }));
    } else if (typeof entry.value !== 'string') {
      const found = describeValue(entry.value);
      problems.push(createProblem(TranslationNotText, { key: text.key, found }, { ...at, found, expected: 'text (a string)' }));
    } else if (text.markdown) {
      const html = findRawHtml(entry.value);
      if (html.length > 0) {
        const found = html.join(' ');
        problems.push(createProblem(RawHtmlInMarkdown, { key: text.key, html: found }, { ...at, found, expected: 'markdown without HTML' }));
      }
    }
  }
  for (const entry of entries.values()) {
    const reason = misplaced.get(entry.key);
    if (!needed.has(entry.key) && reason) {
      problems.push(
        createProblem(BodyWithBlocks, { key: entry.key, step: reason.step }, { file: locale.file, line: entry.line, path: entry.key, field: entry.key, found: entry.key, expected: 'no body beside blocks' }),
      );
    } else if (!needed.has(entry.key)) {
      problems.push(
        createProblem(UnusedTranslation, { key: entry.key, structureFile: structure.file }, { file: locale.file, line: entry.line, path: entry.key, field: entry.key, found: entry.key }),
      );
    }
  }
  return problems;
}
