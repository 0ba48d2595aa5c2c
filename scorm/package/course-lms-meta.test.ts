import { describe, expect, it } from 'vitest';
import { readCourseLmsMeta, setCourseLmsMeta } from './course-lms-meta';
import { FAKE_INDEX_HTML } from './testing/fake-project';
import { LMS_VARIANTS } from './lms-variant';

describe('setCourseLmsMeta', () => {
  it.each(LMS_VARIANTS)('sets the tracking mode to %s and changes nothing else', (variant) => {
    const html = setCourseLmsMeta(FAKE_INDEX_HTML, variant, 'dist/demo/web/index.html');

    expect(readCourseLmsMeta(html)).toBe(variant);
    expect(html.replace(`content="${variant}"`, 'content="auto"')).toBe(FAKE_INDEX_HTML);
  });

  it('handles single quotes and the content attribute written first', () => {
    const html = `<head><meta content='auto' name='course-lms'></head>`;

    expect(setCourseLmsMeta(html, 'scorm12', 'index.html')).toBe(`<head><meta content='scorm12' name='course-lms'></head>`);
  });

  it('refuses a page without the tag, naming the file', () => {
    expect(() => setCourseLmsMeta('<head><meta charset="UTF-8"></head>', 'scorm12', 'dist/demo/web/index.html')).toThrow(
      /dist\/demo\/web\/index\.html: expected exactly one <meta name="course-lms".*found 0/,
    );
  });

  it('refuses a page with the tag twice', () => {
    const twice = FAKE_INDEX_HTML.replace('<title>', '<meta name="course-lms" content="auto" /><title>');

    expect(() => setCourseLmsMeta(twice, 'scorm2004', 'index.html')).toThrow(/found 2/);
    expect(readCourseLmsMeta(twice)).toBeNull();
  });

  it('refuses a tag without a content attribute', () => {
    expect(() => setCourseLmsMeta('<meta name="course-lms">', 'standalone', 'index.html')).toThrow(/no content attribute/);
  });
});
