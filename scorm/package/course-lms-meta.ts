import { PackageError } from './package-error';
import type { LmsVariant } from './lms-variant';

/**
 * The built index.html carries `<meta name="course-lms" content="auto">`; each package
 * rewrites it so the course picks the right tracking adapter without guessing.
 * Exactly one such tag must exist: none means the build would guess at run time,
 * two would make the choice depend on which one the app reads.
 */
const META_TAG = /<meta\b[^>]*\bname\s*=\s*(["'])course-lms\1[^>]*>/gi;
const CONTENT_ATTR = /(\bcontent\s*=\s*)(["'])([^"']*)\2/i;

function findMetaTags(html: string): RegExpMatchArray[] {
  return [...html.matchAll(META_TAG)];
}

/** The value of the course-lms meta tag, or null when there is not exactly one tag with a content attribute. */
export function readCourseLmsMeta(html: string): string | null {
  const tags = findMetaTags(html);
  if (tags.length !== 1) return null;
  const content = CONTENT_ATTR.exec(tags[0]?.[0] ?? '');
  return content?.[3] ?? null;
}

/** Returns index.html with the course-lms meta tag set to `variant`; `file` names the file in errors. */
export function setCourseLmsMeta(html: string, variant: LmsVariant, file: string): string {
  const tags = findMetaTags(html);
  if (tags.length !== 1) {
    throw new PackageError(
      `${file}: expected exactly one <meta name="course-lms" content="…"> tag, found ${tags.length}. ` +
        'The app template (index.html) must declare it once with content="auto".',
    );
  }
  const [tag] = tags as [RegExpMatchArray];
  if (!CONTENT_ATTR.test(tag[0])) {
    throw new PackageError(`${file}: the <meta name="course-lms"> tag has no content attribute.`);
  }
  const rewritten = tag[0].replace(CONTENT_ATTR, (_all, prefix: string, quote: string) => `${prefix}${quote}${variant}${quote}`);
  const start = tag.index ?? 0;
  return html.slice(0, start) + rewritten + html.slice(start + tag[0].length);
}
