import fc from 'fast-check';
import { isAbsolute, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRequestTarget, type ServedRoots } from './request-target';

const roots: ServedRoots = { previewDir: '/srv/dist/preview', coursesDir: '/srv/dist' };
const inside = (root: string, path: string): boolean => {
  const rest = relative(root, path);
  return !rest.startsWith('..') && !isAbsolute(rest);
};

describe('resolveRequestTarget', () => {
  it('maps "/" and preview assets to the preview build', () => {
    expect(resolveRequestTarget('/', roots)).toMatchObject({ kind: 'file', path: '/srv/dist/preview/index.html' });
    expect(resolveRequestTarget('/assets/app.js?v=1', roots)).toMatchObject({ kind: 'file', path: '/srv/dist/preview/assets/app.js' });
  });

  it('maps /courses/<course>/<variant>/ to that build', () => {
    expect(resolveRequestTarget('/courses/risks-to-children/scorm12/', roots)).toMatchObject({
      kind: 'file',
      root: '/srv/dist/risks-to-children/scorm12',
      path: '/srv/dist/risks-to-children/scorm12/index.html',
    });
    expect(resolveRequestTarget('/courses/risks-to-children/standalone/assets/a%20b.css', roots)).toMatchObject({
      kind: 'file',
      path: '/srv/dist/risks-to-children/standalone/assets/a b.css',
    });
  });

  it('serves the course list and nothing for unknown variants or bad course ids', () => {
    expect(resolveRequestTarget('/courses/index.json', roots)).toEqual({ kind: 'course-list' });
    expect(resolveRequestTarget('/courses/risks-to-children/zip/index.html', roots)).toEqual({ kind: 'not-found' });
    expect(resolveRequestTarget('/courses/Risks/scorm12/index.html', roots)).toEqual({ kind: 'not-found' });
    expect(resolveRequestTarget('/courses/preview', roots)).toEqual({ kind: 'not-found' });
  });

  it('rejects dot segments, encoded separators and broken encodings', () => {
    for (const path of ['/../x', '/a/./b', '/%2e%2e/x', '/a%2fb', '/a%5cb', '/a%00b', '/%E0%A4%A']) {
      expect(resolveRequestTarget(path, roots)).toMatchObject({ kind: 'bad-request' });
    }
  });

  it('never names a file outside the served folders, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2E', '..%2f', '%2f', '%5c', '%00', 'courses', 'scorm12', 'risks-to-children', 'index.html', ''),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const target = resolveRequestTarget(`/${segments.join('/')}`, roots);
        if (target.kind !== 'file') return;
        expect(inside(target.root, target.path)).toBe(true);
        expect(target.root === roots.previewDir || inside(join(roots.coursesDir), target.root)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('redirects a variant folder without its slash, built from the checked segments only', () => {
    expect(resolveRequestTarget('/courses/risks-to-children/scorm12', roots)).toEqual({
      kind: 'redirect',
      location: '/courses/risks-to-children/scorm12/',
    });
  });
});
