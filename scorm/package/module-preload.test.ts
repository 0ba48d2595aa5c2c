import { describe, expect, it } from 'vitest';
import { addModulePreloads, modulePreloads, referencedFiles } from './module-preload';
import { FAKE_INDEX_HTML } from './testing/fake-project';

describe('addModulePreloads', () => {
  it('adds one link per file before </head>, indented like the head, and changes nothing else', () => {
    const html = addModulePreloads(FAKE_INDEX_HTML, ['assets/a-1.js', 'assets/b-2.js'], 'index.html');

    expect(html).toBe(
      FAKE_INDEX_HTML.replace(
        '  </head>',
        '    <link rel="modulepreload" crossorigin href="./assets/a-1.js">\n    <link rel="modulepreload" crossorigin href="./assets/b-2.js">\n  </head>',
      ),
    );
    expect(modulePreloads(html)).toEqual(['assets/vendor-Vx1.js', 'assets/a-1.js', 'assets/b-2.js']);
  });

  it('works when </head> shares its line with other markup', () => {
    expect(addModulePreloads('<head><title>x</title></head><body></body>', ['assets/a.js'], 'index.html')).toBe(
      '<head><title>x</title><link rel="modulepreload" crossorigin href="./assets/a.js"></head><body></body>',
    );
  });

  it('leaves the page as it is when there is nothing to preload', () => {
    expect(addModulePreloads(FAKE_INDEX_HTML, [], 'index.html')).toBe(FAKE_INDEX_HTML);
  });

  it.each([
    ['no', '<title>x</title><body></body>', 0],
    ['two', '<head></head><head></head>', 2],
  ])('refuses a page with %s </head>, naming the file', (_count, html, found) => {
    expect(() => addModulePreloads(html, ['assets/a.js'], 'dist/demo/web/index.html')).toThrow(
      `dist/demo/web/index.html: expected exactly one </head>, found ${found}`,
    );
  });
});

describe('modulePreloads and referencedFiles', () => {
  it('read module preloads only, and every file the page names', () => {
    expect(modulePreloads(FAKE_INDEX_HTML)).toEqual(['assets/vendor-Vx1.js']);
    expect([...referencedFiles(FAKE_INDEX_HTML)].sort()).toEqual(['assets/index-Bq3x9.js', 'assets/index-D4f1a.css', 'assets/vendor-Vx1.js']);
  });

  it('accept single quotes, other attribute orders and hrefs without "./"', () => {
    expect(modulePreloads(`<link href='assets/a.js' rel='modulepreload'><link rel="preload" href="./b.js">`)).toEqual(['assets/a.js']);
  });
});
