import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../scorm/content/content-validation-error';
import { checkCourseContent, courseContentModule, yamlModule } from '../../scorm/vite-content-plugin';
import { chooseSalt } from '../../src/course/progress/progress-keys';
import { ModuleSchema } from '../../src/course/schema/module-schema';
import { moduleRequiredTexts } from '../../src/course/required-texts';
import { compileMarkdown } from '../../src/lib/markdown/compile-markdown';
import { isMarkdownDocument } from '../../src/lib/markdown/markdown-ast';
import { parse as parseYaml } from 'yaml';
import { loadPartnership } from '../../scorm/content/load-partnership';
import { fixtureRoot } from './fixture-helpers';

const projectRoot = process.cwd();

describe('build-time validation (what fails `vite build`)', () => {
  it('returns the chosen course when all content is valid', () => {
    const content = checkCourseContent(fixtureRoot('valid'), 'test-course');
    expect(content.course.id).toBe('test-course');
    expect(Object.keys(content.modules)).toEqual(['alpha']);
    expect(Object.keys(content.locales).sort()).toEqual(['cy', 'en-GB']);
    expect(Object.keys(content.locales['cy'] ?? {}).sort()).toEqual(['course/test-course', 'module/alpha']);
  });

  it('throws one error listing every problem, one per line, and the count', () => {
    let thrown: unknown;
    try {
      checkCourseContent(fixtureRoot('several-mistakes'), 'test-course');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentValidationError);
    const error = thrown as ContentValidationError;
    expect(error.problems).toHaveLength(10);
    const lines = error.message.split('\n');
    expect(lines.slice(0, 10)).toEqual(error.problems.map((p) => p.message));
    expect(lines[10]).toBe('Content is not valid: 10 problems.');
  });

  it('fails for a course that does not exist, naming the ones that do', () => {
    expect(() => checkCourseContent(fixtureRoot('two-courses'), 'no-such-course')).toThrow(
      'unknown course "no-such-course" (expected one of: "other-course", "test-course")',
    );
  });
});

describe('virtual:course-content', () => {
  const content = checkCourseContent(fixtureRoot('two-courses'), 'test-course');
  const partnership = loadPartnership('bromley', ['en-GB']);
  const code = courseContentModule(content, partnership);
  const abs = (file: string) => path.resolve(fixtureRoot('two-courses'), file).split(path.sep).join('/');

  it('exports the course structure eagerly, with schema defaults filled in', () => {
    const line = code.split('\n').find((l) => l.startsWith('export const course = '));
    const course: unknown = JSON.parse(line?.slice('export const course = '.length, -1) ?? 'null');
    expect(course).toEqual({ ...content.course, modules: [{ id: 'alpha', required: true }] });
  });

  it('loads each module, each module locale file and each translation of the course texts lazily, so each is its own chunk', () => {
    expect(code).toContain(`"alpha": () => import("${abs('alpha/module.yaml')}").then((m) => m.default),`);
    expect(code).toContain(`"cy": () => import("${abs('alpha/locales/cy.yaml')}").then((m) => m.default),`);
    expect(code).toContain(`"cy": () => import("${abs('courses/test-course/locales/cy.yaml')}").then((m) => m.default),`);
    expect(code).not.toMatch(/^import .*\.yaml/m);
  });

  it('carries the course texts in the source language itself: the first screen shows them, so no extra request', () => {
    const texts = content.locales['en-GB']?.['course/test-course'];
    expect(texts).toBeDefined();
    expect(code).toContain(`"en-GB": () => Promise.resolve(${JSON.stringify(texts)}),`);
    expect(code).not.toContain('courses/test-course/locales/en-GB.yaml');
  });

  it('exports the salt for saved progress, chosen from all of the course\'s modules', () => {
    expect(code).toContain(`export const progressSalt = ${chooseSalt({ course: content.course, modules: content.modules })};`);
  });

  it('includes only the chosen course\'s modules', () => {
    expect(code).not.toContain('beta');
    expect(courseContentModule(checkCourseContent(fixtureRoot('two-courses'), 'other-course'), partnership)).not.toContain('/alpha/');
  });

  it('exports the partnership the course is built for, with its texts', () => {
    expect(code).toContain('export const partnership = {"id":"bromley"');
    expect(code).toContain('"frontDoor":{"phone":"020 8461 7373"');
    expect(code).toContain('export const partnershipLocales = {"en-GB":{"name":"Bromley Safeguarding Children Partnership"');
  });

  it('imports media as asset URLs keyed by module id', () => {
    expect(code).toContain(`import media0 from "${abs('alpha/media/diagram.svg')}?url";`);
    expect(code).toContain('"alpha/media/diagram.svg": media0,');
  });
});

describe('YAML imports', () => {
  const roots = { contentRoot: path.resolve(fixtureRoot('valid')), projectRoot };
  const file = (relative: string) => path.resolve(fixtureRoot('valid'), relative);

  it('turns a module.yaml into its schema output, defaults included', () => {
    const result = yamlModule(readFileSync(file('alpha/module.yaml'), 'utf8'), file('alpha/module.yaml'), roots);
    expect('code' in result && result.code).toMatch(/^export default \{"id":"alpha","kind":"contact","contentWarning":false,/);
  });

  it('turns a locale file into its data, a small one as an object literal', () => {
    const result = yamlModule('intro:\n  title: Hello\n', file('alpha/locales/en-GB.yaml'), roots);
    expect('code' in result && result.code).toBe('export default {"intro":{"title":"Hello"}};\n');
  });

  it('fails on a YAML syntax error, naming file and line', () => {
    const result = yamlModule('intro:\n\ttitle: Hello\n', file('alpha/locales/en-GB.yaml'), roots);
    expect('error' in result && result.error).toMatch(/^tests\/content\/fixtures\/valid\/alpha\/locales\/en-GB\.yaml:2 → YAML syntax error/);
  });

  it('fails on a structure file that breaks the schema, listing its problems', () => {
    const result = yamlModule('id: alpha\nkind: quiz\n', file('alpha/module.yaml'), roots);
    expect('error' in result && result.error).toContain('tests/content/fixtures/valid/alpha/module.yaml:2 → kind: expected one of');
  });
});

/** What a generated module exports, evaluated as the browser would. */
const evaluate = async (code: string): Promise<unknown> =>
  ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;

/** Every leaf of a locale bundle by its dotted key. */
const leaves = (data: unknown, prefix = ''): [string, unknown][] =>
  typeof data === 'object' && data !== null && !Array.isArray(data)
    ? Object.entries(data).flatMap(([key, value]) => leaves(value, `${prefix}${key}.`))
    : [[prefix.slice(0, -1), data]];

describe('module locale files (Markdown compiled at build time)', () => {
  const root = fixtureRoot('valid');
  const roots = { contentRoot: path.resolve(root), projectRoot };
  const file = (relative: string) => path.resolve(root, relative);
  const localeFile = file('alpha/locales/en-GB.yaml');
  const source = readFileSync(localeFile, 'utf8');
  const module = ModuleSchema.parse(parseYaml(readFileSync(file('alpha/module.yaml'), 'utf8')));
  const markdownKeys = new Set(moduleRequiredTexts(module).filter((t) => t.markdown).map((t) => t.key));

  it('exports a compiled tree for exactly the Markdown texts and a string for every other text', async () => {
    const result = yamlModule(source, localeFile, roots);
    if (!('code' in result)) throw new Error(result.error);
    const compiled = leaves(await evaluate(result.code));
    const written = new Map(leaves(parseYaml(source)));
    expect(compiled.map(([key]) => key).sort()).toEqual([...written.keys()].sort());
    expect(markdownKeys.size).toBeGreaterThan(10);
    for (const [key, value] of compiled) {
      if (markdownKeys.has(key)) {
        expect(isMarkdownDocument(value), key).toBe(true);
        expect(value, key).toEqual(compileMarkdown(written.get(key) as string));
      } else expect(value, key).toBe(written.get(key));
    }
    expect(compiled.find(([key]) => key === 'steps.welcome.body')?.[1]).toEqual([['p', 'Some ', ['strong', 'markdown'], ' prose.'], ['ul', [['text', 'a list item']]]]);
  });

  it('says the module.yaml decides which texts are Markdown, so the dev server recompiles when it changes', () => {
    const result = yamlModule(source, localeFile, roots);
    expect('dependsOn' in result && result.dependsOn).toEqual([file('alpha/module.yaml')]);
  });

  it('uses the structure it is given (a build\'s validated content) instead of reading module.yaml', async () => {
    const noSources = { ...module, sources: [] };
    const result = yamlModule('sources:\n  source-one: A *source*\n', localeFile, { ...roots, moduleAt: (dir) => (dir === file('alpha') ? noSources : undefined) });
    expect(await evaluate('code' in result ? result.code : '')).toEqual({ sources: { 'source-one': 'A *source*' } });
  });

  it('never ships an unsafe destination as a link', async () => {
    const result = yamlModule('intro:\n  body: "[Click me](javascript:alert(1)) or [CEOP](https://www.ceop.police.uk/)"\n', localeFile, roots);
    expect(await evaluate('code' in result ? result.code : '')).toEqual({
      intro: { body: [['p', 'Click me or ', ['a', 'https://www.ceop.police.uk/', 'CEOP']]] },
    });
  });

  it('exports a large file as JSON.parse of a string, which is quicker to parse than an object literal', async () => {
    const long = `${'A lesson with *emphasis* and a \\ backslash, it\'s "quoted". '.repeat(300)}`;
    const yaml = `steps:\n  welcome:\n    title: Welcome\n    body: ${JSON.stringify(long)}\n`;
    const result = yamlModule(yaml, localeFile, roots);
    const code = 'code' in result ? result.code : '';
    expect(code).toMatch(/^export default JSON\.parse\('/);
    expect(await evaluate(code)).toEqual({ steps: { welcome: { title: 'Welcome', body: compileMarkdown(long) } } });
  });

  it('leaves course texts as strings: they are plain paragraphs, not Markdown', () => {
    const courseLocale = file('courses/test-course/locales/en-GB.yaml');
    const result = yamlModule(readFileSync(courseLocale, 'utf8'), courseLocale, roots);
    expect('code' in result && result.code).toContain('"intro":"Answer five questions."');
  });

  it('fails, naming both files, when the module.yaml cannot say which texts are Markdown', () => {
    const brokenRoot = path.resolve('tests/content/fixtures/invalid');
    const result = yamlModule('intro:\n  title: Hello\n', path.join(brokenRoot, 'no-such-module', 'locales', 'en-GB.yaml'), { contentRoot: brokenRoot, projectRoot });
    expect('error' in result && result.error).toMatch(/^tests\/content\/fixtures\/invalid\/no-such-module\/locales\/en-GB\.yaml: its Markdown texts cannot be compiled/);
    expect('error' in result && result.error).toContain('no-such-module/module.yaml → missing');
  });
});

