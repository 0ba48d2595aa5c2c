import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BrowserImportGraph {
  /** Absolute paths of the source files reached. */
  files: Set<string>;
  /** Packages those files import. */
  packages: Set<string>;
}

/**
 * Every source file the browser app can reach from `entry`, and every package those files
 * import, read from the import statements. Type-only imports are left out: they are erased
 * before bundling. With `lazy: false` only static imports are followed, which is what the
 * first screen downloads (a dynamic `import()` is a chunk of its own, fetched when asked for).
 */
export function browserImportGraph(entry: string, { lazy = true }: { lazy?: boolean } = {}): BrowserImportGraph {
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
      if (dynamicSpecifier !== undefined && !lazy) continue;
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
