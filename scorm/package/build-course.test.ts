import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCourseWeb } from './build-course';
import { courseOutputPaths, projectPaths } from './project-paths';

/** A minimal Vite project whose config, like ours, reads COURSE when Vite loads it. */
const root = mkdtempSync(path.join(tmpdir(), 'build-course-'));
mkdirSync(path.join(root, 'src'));
writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
writeFileSync(path.join(root, 'vite.config.ts'), `export default { base: './', define: { __COURSE__: JSON.stringify(process.env.COURSE) } };\n`);
writeFileSync(path.join(root, 'index.html'), `<!doctype html><meta name="course-lms" content="auto"><script type="module" src="./src/main.js"></script>\n`);
writeFileSync(path.join(root, 'src', 'main.js'), `document.title = "course:" + __COURSE__;\n`);
const paths = projectPaths(root);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const builtJs = (courseId: string): string => {
  const assets = path.join(courseOutputPaths(paths, courseId).web, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(assets, f), 'utf8'))
    .join('\n');
};

describe('buildCourseWeb', () => {
  it('builds each course into its own dist/<course>/web/ with COURSE set while Vite loads the config', async () => {
    await buildCourseWeb(paths, 'first-course');
    await buildCourseWeb(paths, 'second-course');

    expect(builtJs('first-course')).toContain('course:first-course');
    expect(builtJs('second-course')).toContain('course:second-course');
    expect(readFileSync(path.join(courseOutputPaths(paths, 'first-course').web, 'index.html'), 'utf8')).toContain('course-lms');
  });

  it('leaves COURSE as it was', async () => {
    process.env['COURSE'] = 'outer';
    await buildCourseWeb(paths, 'first-course');

    expect(process.env['COURSE']).toBe('outer');
    delete process.env['COURSE'];
  });
});
