import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every source file the browser app can load (statically or lazily) from its entry, and
 * every package those files import, read from the import statements. Type-only imports
 * are left out: they are erased before bundling.
 */
function browserGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const specifiers = /(?:^|[\s;])(?:import|export)\s+(type\s)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  const resolve = (from: string, specifier: string): string | undefined =>
    ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => path.resolve(path.dirname(from), specifier) + ending).find((file) => existsSync(file) && !file.endsWith('/'));
  const visit = (file: string): void => {
    if (files.has(file) || !/\.tsx?$/.test(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const [, typeOnly, staticSpecifier, dynamicSpecifier] = match;
      const specifier = (staticSpecifier ?? dynamicSpecifier ?? '').split('?')[0] ?? '';
      if (typeOnly || specifier === '' || specifier.startsWith('virtual:')) continue;
      if (!specifier.startsWith('.')) packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? ''));
      else {
        const target = resolve(file, specifier);
        if (target) visit(target);
      }
    }
  };
  visit(path.resolve(entry));
  return { files, packages };
}

describe('the browser bundle', () => {
  const { files, packages } = browserGraph('src/app/main.tsx');

  it('reaches the Markdown renderer (so this check follows the lazy module screens)', () => {
    expect(files).toContain(path.resolve('src/lib/markdown/render-markdown.tsx'));
  });

  it('never includes the Markdown parser: Markdown is compiled at build time', () => {
    expect(packages).not.toContain('marked');
    expect(files).not.toContain(path.resolve('src/lib/markdown/compile-markdown.ts'));
    expect(files).not.toContain(path.resolve('src/lib/markdown/compile-module-texts.ts'));
  });

  it('never includes zod: content is validated at build time, and zod\'s eval probe breaks the strict CSP', () => {
    expect(packages).not.toContain('zod');
  });
});
