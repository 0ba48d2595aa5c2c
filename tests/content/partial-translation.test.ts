import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scorm/content/load-content';
import { FIXTURES } from './fixture-helpers';

/**
 * A course lists its languages (course.yaml `locales`, the source first). A module's
 * translation may be partial or not there yet: the player shows the missing texts in the
 * source language with a "not yet translated" note. The course's own texts must be whole.
 * What a translation holds is still checked.
 */
describe('partial translations', () => {
  let root = '';
  const copyValid = (): string => {
    root = mkdtempSync(path.join(tmpdir(), 'partial-translation-'));
    cpSync(path.join(FIXTURES, 'valid'), root, { recursive: true });
    return root;
  };
  const edit = (file: string, from: string, to: string): void => {
    const full = path.join(root, file);
    const text = readFileSync(full, 'utf8');
    expect(text).toContain(from);
    writeFileSync(full, text.replace(from, to));
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a module with no file yet in a translated language', () => {
    copyValid();
    rmSync(path.join(root, 'alpha/locales/cy.yaml'));
    expect(loadContent(root).problems).toEqual([]);
  });

  it('accepts a translation that leaves a text out', () => {
    copyValid();
    edit('alpha/locales/cy.yaml', '  check:\n    title: Gwirio eich dealltwriaeth\n', '');
    expect(loadContent(root).problems).toEqual([]);
  });

  // The menu shows the course's own texts on the first screen, where English inside a translated
  // page could not be marked as English: a language the course offers needs them all.
  it('rejects a course file in a translated language that leaves a text out, naming the text, where it is needed and the file it is missing from', () => {
    copyValid();
    edit('courses/test-course/locales/cy.yaml', '    summary: Yr unig fodiwl.\n', '');
    const problems = loadContent(root).problems;
    expect(problems.map((p) => p.code)).toEqual(['MissingTranslation']);
    expect(problems[0]?.message).toContain('modules.alpha.summary');
    // Where the module is listed, and which locale file lacks the text.
    expect(problems[0]?.file).toContain(path.join('courses', 'test-course', 'course.yaml'));
    expect(problems[0]?.line).toBeGreaterThan(0);
    expect(problems[0]?.message).toContain(path.join('courses', 'test-course', 'locales', 'cy.yaml'));
  });

  it('rejects a translated language the course offers without its course file', () => {
    copyValid();
    rmSync(path.join(root, 'courses/test-course/locales/cy.yaml'));
    const problems = loadContent(root).problems;
    expect(problems.map((p) => p.code)).toEqual(['MissingLocaleFile']);
    expect(problems[0]?.file).toContain(path.join('courses', 'test-course', 'course.yaml'));
  });

  it('still rejects a text in a translation that the structure has no place for', () => {
    copyValid();
    edit('alpha/locales/cy.yaml', '  check:\n    title: Gwirio eich dealltwriaeth\n', '  check:\n    title: Gwirio eich dealltwriaeth\n    body: Dim byd.\n');
    expect(loadContent(root).problems.map((p) => p.code)).toEqual(['UnusedTranslation']);
  });
});
