import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserImportGraph } from '../../../testing/browser-import-graph';

describe('the browser bundle', () => {
  const { files, packages } = browserImportGraph('src/app/main.tsx');

  it('reaches the Markdown renderer (so this check follows the lazy module screens)', () => {
    expect(files).toContain(path.resolve('src/lib/markdown/render-markdown.tsx'));
  });

  it('never includes the Markdown parser: Markdown is compiled at build time', () => {
    expect(packages).not.toContain('marked');
    expect(files).not.toContain(path.resolve('src/lib/markdown/compile-markdown.ts'));
    expect(files).not.toContain(path.resolve('src/lib/markdown/compile-module-texts.ts'));
  });

  it('never includes the lists of required texts: only the build\'s content validation and Markdown compiling use them', () => {
    expect(files).not.toContain(path.resolve('src/course/required-texts.ts'));
  });

  it('never includes zod: content is validated at build time, and zod\'s eval probe breaks the strict CSP', () => {
    expect(packages).not.toContain('zod');
  });
});
