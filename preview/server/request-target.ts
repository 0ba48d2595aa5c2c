import { isAbsolute, join, relative } from 'node:path';

/**
 * Maps a request path to what the preview server should send, without touching the
 * file system. Node hands `req.url` over exactly as the client sent it (no `..`
 * folding), so every segment is decoded and checked here: a path can only ever name
 * a file inside the preview build or inside one course variant's build.
 */

export const COURSE_VARIANTS = ['web', 'scorm12', 'scorm2004', 'standalone'] as const;
export type CourseVariant = (typeof COURSE_VARIANTS)[number];

/** Same rule as content ids (src/course/schema/ids.ts); preview/ may not import src/. */
export const COURSE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const COURSE_LIST_PATH = '/courses/index.json';

export interface ServedRoots {
  /** The built preview LMS page (dist/preview). */
  previewDir: string;
  /** Folder holding <course>/<variant>/ builds (dist). */
  coursesDir: string;
}

export type RequestTarget =
  | { kind: 'file'; root: string; path: string; isDirectoryRequest: boolean; canonicalPath: string }
  | { kind: 'course-list' }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request'; reason: string };

const isCourseVariant = (value: string): value is CourseVariant =>
  (COURSE_VARIANTS as readonly string[]).includes(value);

function decodeSegments(pathname: string): string[] | { reason: string } {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { reason: `malformed percent-encoding in "${raw}"` };
    }
    if (segment === '..' || segment === '.') return { reason: 'dot segments are not allowed' };
    if (/[/\\\0]/.test(segment)) return { reason: 'encoded separators or NUL are not allowed' };
    segments.push(segment);
  }
  return segments;
}

const encodePath = (segments: readonly string[]): string => `/${segments.map(encodeURIComponent).join('/')}`;

function fileTarget(root: string, rest: readonly string[], trailingSlash: boolean, canonical: readonly string[]): RequestTarget {
  const path = join(root, ...rest, ...(trailingSlash || rest.length === 0 ? ['index.html'] : []));
  const inside = relative(root, path);
  if (inside.startsWith('..') || isAbsolute(inside)) return { kind: 'bad-request', reason: 'path escapes the served folder' };
  return {
    kind: 'file',
    root,
    path,
    isDirectoryRequest: trailingSlash || rest.length === 0,
    canonicalPath: encodePath(canonical),
  };
}

export function resolveRequestTarget(requestUrl: string, roots: ServedRoots): RequestTarget {
  const pathname = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith('/')) return { kind: 'bad-request', reason: 'the path must start with "/"' };
  const decoded = decodeSegments(pathname.slice(1));
  if (!Array.isArray(decoded)) return { kind: 'bad-request', reason: decoded.reason };
  const trailingSlash = decoded.length > 0 && decoded[decoded.length - 1] === '';
  // Empty segments (from "//") carry no meaning; dropping them also stops "//host" redirects.
  const segments = decoded.filter((s) => s !== '');

  if (segments[0] !== 'courses') return fileTarget(roots.previewDir, segments, trailingSlash, segments);
  if (encodePath(segments) === COURSE_LIST_PATH && !trailingSlash) return { kind: 'course-list' };

  const [, courseId, variant, ...rest] = segments;
  if (courseId === undefined || !COURSE_ID_PATTERN.test(courseId)) return { kind: 'not-found' };
  if (variant === undefined) return { kind: 'not-found' };
  if (!isCourseVariant(variant)) return { kind: 'not-found' };
  // "/courses/x/scorm12" must become ".../scorm12/" or the build's relative asset URLs break.
  if (rest.length === 0 && !trailingSlash) return { kind: 'redirect', location: `${encodePath(segments)}/` };
  return fileTarget(join(roots.coursesDir, courseId, variant), rest, trailingSlash, segments);
}
