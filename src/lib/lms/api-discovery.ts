import { isScorm12Api, SCORM12_API_NAME, type Scorm12Api } from './scorm-api';

/**
 * Finding the LMS's API object, as the SCORM run-time environment describes: up the
 * chain of parent windows (the LMS player frames the course), then up the chain of
 * the window that opened ours (the LMS opened the course in a new window). Windows
 * from another origin throw on access; they are skipped. Only the object the build
 * is for is looked for, so a 1.2 package never talks to a 2004 API or vice versa.
 */

/** Enough for any real frame nesting; stops a malicious or broken chain looping forever. */
export const MAX_HOPS = 500;

/** The parts of a window discovery reads (a test can hand in plain objects). */
export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly top?: WindowLike | null;
  readonly opener?: WindowLike | null;
}

function property(win: WindowLike, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined; // cross-origin window
  }
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function searchUp(start: WindowLike | null, name: string, accepts: (value: unknown) => boolean): unknown {
  let win = start;
  for (let hops = 0; win && hops < MAX_HOPS; hops++) {
    const found = property(win, name);
    if (accepts(found)) return found;
    win = parentOf(win);
  }
  return null;
}

function openers(win: WindowLike): WindowLike[] {
  const found: WindowLike[] = [];
  for (const candidate of [property(win, 'top'), win]) {
    const opener = candidate ? property(candidate as WindowLike, 'opener') : null;
    if (opener && typeof opener === 'object' && !found.includes(opener as WindowLike)) found.push(opener as WindowLike);
  }
  return found;
}

export function findApi(win: WindowLike, name: string, accepts: (value: unknown) => boolean): unknown {
  const inParents = searchUp(win, name, accepts);
  if (inParents) return inParents;
  for (const opener of openers(win)) {
    const inOpener = searchUp(opener, name, accepts);
    if (inOpener) return inOpener;
  }
  return null;
}

export const findScorm12Api = (win: WindowLike): Scorm12Api | null => findApi(win, SCORM12_API_NAME, isScorm12Api) as Scorm12Api | null;
