import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../scorm/content/content-validation-error';
import { checkCourseContent, courseContentModule, yamlModule } from '../../scorm/vite-content-plugin';
import { chooseSalt } from '../../src/course/progress/progress-keys';
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

  it('loads each module and each locale file lazily, so each is its own chunk', () => {
    expect(code).toContain(`"alpha": () => import("${abs('alpha/module.yaml')}").then((m) => m.default),`);
    expect(code).toContain(`"cy": () => import("${abs('alpha/locales/cy.yaml')}").then((m) => m.default),`);
    expect(code).toContain(`"en-GB": () => import("${abs('courses/test-course/locales/en-GB.yaml')}").then((m) => m.default),`);
    expect(code).not.toMatch(/^import .*\.yaml/m);
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
    expect(code).toContain('"frontDoor":{"phone":"0208 461 7309"');
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

  it('turns a locale file into its plain data', () => {
    const result = yamlModule('intro:\n  title: Hello\n', file('alpha/locales/en-GB.yaml'), roots);
    expect(result).toEqual({ code: 'export default {"intro":{"title":"Hello"}};\n' });
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
