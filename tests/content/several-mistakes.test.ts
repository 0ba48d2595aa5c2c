import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scorm/content/load-content';
import { fixtureRoot } from './fixture-helpers';

const root = fixtureRoot('several-mistakes');

describe('a content tree with several mistakes', () => {
  const { problems } = loadContent(root);

  it('reports every mistake in one run, not just the first', () => {
    expect(problems.map((p) => [p.code, p.file.slice(root.length + 1), p.field])).toEqual([
      ['RawHtmlInMarkdown', 'alpha/locales/en-GB.yaml', 'intro.body'],
      ['UnusedTranslation', 'alpha/locales/en-GB.yaml', 'steps.check.body'],
      ['MissingMedia', 'alpha/module.yaml', 'src'],
      ['UnknownSource', 'alpha/module.yaml', 'cites'],
      ['MissingTranslation', 'alpha/module.yaml', 'steps.check.title'],
      ['UnknownNode', 'alpha/module.yaml', 'next'],
      ['TooManyCorrectOptions', 'alpha/module.yaml', 'correct'],
      ['OrphanModule', 'beta/module.yaml', 'id'],
      ['QuestionCountTooLarge', 'courses/test-course/course.yaml', 'questionCount'],
      ['YamlSyntax', 'courses/test-course/locales/cy.yaml', ''],
    ]);
  });

  it('lists problems file by file, in line order within a file', () => {
    const inModule = problems.filter((p) => p.file.endsWith('alpha/module.yaml')).map((p) => p.line);
    expect(inModule).toEqual([...inModule].sort((a, b) => a - b));
    expect(new Set(inModule).size).toBe(inModule.length);
  });

  it('still returns the parts that are valid, so tools can report on them', () => {
    const loaded = loadContent(root);
    expect(Object.keys(loaded.modules).sort()).toEqual(['alpha', 'beta']);
    expect(Object.keys(loaded.courses)).toEqual(['test-course']);
  });
});
