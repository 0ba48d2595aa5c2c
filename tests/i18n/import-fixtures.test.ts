import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as importMain } from '../../scripts/i18n/import-cli';
import { capture, copyProject, snapshot } from './temp-project';

/**
 * Each broken translation in fixtures/ is refused with the problem named at its line, and a
 * refused import writes nothing (the copy of the project is byte-for-byte what it was).
 */

const fixture = (name: string): string => path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', name);

const cases: [file: string, line: number, message: RegExp][] = [
  ['unknown-id.xlf', 10, /unknown id "module\.warning\.titel" in file "interface\.player"/],
  ['unknown-file-id.xlf', 3, /unknown file id "interface\.players"/],
  ['duplicate-id.xlf', 10, /id "module\.warning\.title" appears twice/],
  ['missing-placeholder.xlf', 13, /"module\.progress\.screen" .*missing placeholder \{\{total\}\}/],
  ['extra-placeholder.xlf', 7, /unknown placeholder \{\{cyfanswm\}\}/],
  ['extra-tag.xlf', 7, /unknown placeholders <hidden>, <\/hidden>/],
  ['markdown-emphasis.xlf', 13, /"intro\.body" .*unbalanced emphasis/],
  ['markdown-link.xlf', 7, /"intro\.body" .*a broken link/],
  ['plural-missing-form.xlf', 4, /"references\.intro" .*Welsh needs every plural form .*missing references\.intro_few$/],
  ['plural-form-the-language-lacks.xlf', 10, /unknown id "references\.intro_few" .*Urdu plural forms are one, other/],
  ['empty-target.xlf', 13, /"module\.warning\.continue" .*the target is empty but marked translated/],
  ['wrong-target-language.xlf', 2, /the target language "fr" is not one the course ships \(cy, ur\)/],
  ['target-in-another-language.xlf', 7, /the target is marked xml:lang="ur", but the file is for cy/],
  ['not-well-formed.xlf', 13, /not well-formed XML: Expected closing tag 'target'/],
  ['xliff-1.2.xlf', 2, /this is XLIFF version 1\.2, not 2\.0/],
  ['markup-in-target.xlf', 7, /the target holds XLIFF markup \(<ph>\)/],
  ['split-segments.xlf', 4, /split into 2 segments/],
  ['changed-since-export.xlf', 12, /"module\.warning\.title" .*src\/lib\/i18n\/locales\/cy\/player\.json changed after this file was exported/],
];

describe('npm run i18n:import refuses a broken translation', { timeout: 60_000 }, () => {
  let project: ReturnType<typeof copyProject>;
  let before: Map<string, string>;
  beforeAll(() => {
    project = copyProject();
    before = snapshot(project.root);
  });
  afterAll(() => project.remove());

  it.each(cases)('%s: line %i', (name, line, message) => {
    const { err, output } = capture();
    const code = importMain([fixture(name)], output, project.root);
    expect(code).toBe(1);
    const problem = err.find((l) => l.startsWith(`${fixture(name)}:${line}: `));
    expect(problem, err.join('\n')).toMatch(message);
    expect(err.at(-1)).toMatch(/nothing was imported/);
    expect(snapshot(project.root)).toEqual(before);
  });

  it('a good text beside a broken one is not written either', () => {
    const { output } = capture();
    // duplicate-id.xlf's first unit alone would be a valid change (a new title); the duplicate stops it.
    expect(importMain([fixture('duplicate-id.xlf')], output, project.root)).toBe(1);
    expect(snapshot(project.root)).toEqual(before);
  });
});
