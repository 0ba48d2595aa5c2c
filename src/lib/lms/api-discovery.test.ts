import { describe, expect, it } from 'vitest';
import { strictLms12, strictLms2004 } from '../../testing/strict-lms';
import { findScorm12Api, MAX_HOPS, type WindowLike } from './api-discovery';
import { findScorm2004Api } from './scorm2004-api';

/** A plain-object window tree: `parent` of the top window is itself, as in browsers. */
function frame(props: Record<string, unknown> = {}, parent?: WindowLike): WindowLike & Record<string, unknown> {
  const win: Record<string, unknown> = { ...props };
  win['parent'] = parent ?? win;
  win['top'] = win;
  try {
    win['top'] = parent ? (parent as Record<string, unknown>)['top'] : win;
  } catch {
    // under a cross-origin frame: the test sets what it needs
  }
  return win as WindowLike & Record<string, unknown>;
}

/** A window from another origin: reading anything on it throws, as browsers do. */
const crossOrigin = (parent: WindowLike): WindowLike =>
  new Proxy({} as WindowLike, {
    get(_, key) {
      if (key === 'parent') return parent;
      throw new DOMException(`Blocked a frame from accessing "${String(key)}"`, 'SecurityError');
    },
  });

describe('finding the LMS API', () => {
  it('finds the 1.2 API on a parent window several frames up', () => {
    const { api } = strictLms12();
    const lmsPage = frame({ API: api });
    const player = frame({}, lmsPage);
    const course = frame({}, player);
    expect(findScorm12Api(course)).toBe(api);
  });

  it('looks only for the object the package is built for', () => {
    const { api } = strictLms12();
    const course = frame({}, frame({ API: api }));
    expect(findScorm2004Api(course)).toBeNull();
  });

  it('finds the 2004 API past a cross-origin frame that throws on access', () => {
    const { api } = strictLms2004();
    const lmsPage = frame({ API_1484_11: api });
    const course = frame({}, crossOrigin(lmsPage));
    expect(findScorm2004Api(course)).toBe(api);
  });

  it('finds the API in the window that opened the course, and its parents', () => {
    const { api } = strictLms12();
    const lmsTop = frame({ API: api });
    const openerFrame = frame({}, lmsTop);
    const popup = frame({ opener: openerFrame });
    expect(findScorm12Api(popup)).toBe(api);
  });

  it('ignores an object that is not a usable API', () => {
    const course = frame({}, frame({ API: { LMSInitialize: 'not a function' } }));
    expect(findScorm12Api(course)).toBeNull();
  });

  it('gives up after a bounded number of frames', () => {
    const { api } = strictLms12();
    let win: WindowLike = frame({ API: api });
    for (let i = 0; i < MAX_HOPS + 5; i++) win = frame({}, win);
    expect(findScorm12Api(win)).toBeNull();
  });

  it('returns null outside an LMS', () => {
    expect(findScorm12Api(frame())).toBeNull();
    expect(findScorm2004Api(frame())).toBeNull();
  });
});
