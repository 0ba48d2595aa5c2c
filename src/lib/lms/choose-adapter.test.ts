import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../testing/silent-logger';
import { strictLms12, strictLms2004 } from '../../testing/strict-lms';
import { adapterLoaders, type AdapterLoaders } from './adapter-chunks';
import { loadTrackingPort, readLmsMode, type LmsMode } from './choose-adapter';
import type { WindowLike } from './api-discovery';
import { standaloneStorageKey, type ProgressStorage } from './standalone-adapter';

const pageWithMeta = (content: string | null) => ({
  querySelector: (selector: string) =>
    selector === 'meta[name="course-lms"]' && content !== null ? ({ getAttribute: (name: string) => (name === 'content' ? content : null) } as unknown as Element) : null,
});

const lmsWindow = (props: Record<string, unknown>): WindowLike => {
  const top: Record<string, unknown> = { ...props };
  top['parent'] = top;
  const course: Record<string, unknown> = { parent: top, top };
  return course as WindowLike;
};

/** The real loaders, noting which adapter chunks were asked for, in order. */
function recordingLoaders(): { loaders: AdapterLoaders; loaded: (keyof AdapterLoaders)[] } {
  const loaded: (keyof AdapterLoaders)[] = [];
  const loaders: AdapterLoaders = {
    scorm2004: () => (loaded.push('scorm2004'), adapterLoaders.scorm2004()),
    scorm12: () => (loaded.push('scorm12'), adapterLoaders.scorm12()),
    standalone: () => (loaded.push('standalone'), adapterLoaders.standalone()),
  };
  return { loaders, loaded };
}

const load = (mode: LmsMode, window: WindowLike, logger = silentLogger(), loaders?: AdapterLoaders) =>
  loadTrackingPort({ courseId: 'risks-to-children', mode, window, logger, storage: null }, loaders);

const both = () => lmsWindow({ API: strictLms12().api, API_1484_11: strictLms2004().api });

describe('readLmsMode', () => {
  it.each(['auto', 'scorm12', 'scorm2004', 'standalone'] as const)('reads "%s" from the course-lms meta tag', (mode) => {
    expect(readLmsMode(pageWithMeta(mode))).toBe(mode);
  });

  it('looks for any LMS when the tag is missing', () => {
    expect(readLmsMode(pageWithMeta(null))).toBe('auto');
  });

  it('warns about an unknown value and looks for any LMS', () => {
    const logger = silentLogger();
    expect(readLmsMode(pageWithMeta('aicc'), logger)).toBe('auto');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('unknown course-lms "aicc"'));
  });
});

describe('loadTrackingPort', () => {
  it('prefers SCORM 2004, then 1.2, in auto mode', async () => {
    expect((await load('auto', both())).kind).toBe('scorm2004');
    expect((await load('auto', lmsWindow({ API: strictLms12().api }))).kind).toBe('scorm12');
  });

  it('uses only the API the package is built for', async () => {
    expect((await load('scorm12', both())).kind).toBe('scorm12');
    expect((await load('scorm2004', both())).kind).toBe('scorm2004');
  });

  it.each([
    ['scorm12', 'SCORM 1.2 package but no LMS was found'],
    ['scorm2004', 'SCORM 2004 package but no LMS was found'],
  ] as const)('falls back to standalone with a logged warning when a %s package finds no LMS', async (mode, warning) => {
    const logger = silentLogger();
    expect((await load(mode, lmsWindow({}), logger)).kind).toBe('standalone');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining(warning));
  });

  it('does not warn when the development build (auto) finds no LMS', async () => {
    const logger = silentLogger();
    expect((await load('auto', lmsWindow({}), logger)).kind).toBe('standalone');
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('stays standalone when asked, even inside an LMS', async () => {
    expect((await load('standalone', both())).kind).toBe('standalone');
  });

  it('gives the standalone port the storage it was handed', async () => {
    const saved: ProgressStorage = {
      getItem: (key) => (key === standaloneStorageKey('risks-to-children') ? JSON.stringify({ suspendData: 'v1.abc', location: 'm1' }) : null),
      setItem: () => {},
    };
    const port = await loadTrackingPort({ courseId: 'risks-to-children', mode: 'standalone', window: lmsWindow({}), logger: silentLogger(), storage: saved });

    expect(port.start()).toMatchObject({ connected: true, entry: 'resume', suspendData: 'v1.abc', location: 'm1' });
  });

  describe('downloads only the adapters the mode can use', () => {
    const noLms = () => lmsWindow({});
    const only12 = () => lmsWindow({ API: strictLms12().api });
    it.each([
      ['standalone', 'inside an LMS', both, ['standalone']],
      ['scorm12', 'inside an LMS', both, ['scorm12']],
      ['scorm2004', 'inside an LMS', both, ['scorm2004']],
      ['scorm12', 'outside an LMS', noLms, ['scorm12', 'standalone']],
      ['scorm2004', 'outside an LMS', noLms, ['scorm2004', 'standalone']],
      ['auto', 'inside a 2004 LMS', both, ['scorm2004']],
      ['auto', 'inside a 1.2 LMS', only12, ['scorm2004', 'scorm12']],
      ['auto', 'outside an LMS', noLms, ['scorm2004', 'scorm12', 'standalone']],
    ] as const)('%s %s loads %j', async (mode, _where, window, expected) => {
      const { loaders, loaded } = recordingLoaders();

      await load(mode, window(), silentLogger(), loaders);

      expect(loaded).toEqual(expected);
    });
  });
});
