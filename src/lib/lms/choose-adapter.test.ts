import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../testing/silent-logger';
import { strictLms12, strictLms2004 } from '../../testing/strict-lms';
import { chooseTrackingPort, readLmsMode, type LmsMode } from './choose-adapter';
import type { WindowLike } from './api-discovery';

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

const choose = (mode: LmsMode, window: WindowLike, logger = silentLogger()) =>
  chooseTrackingPort({ courseId: 'risks-to-children', mode, window, logger, storage: null });

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

describe('chooseTrackingPort', () => {
  const both = () => lmsWindow({ API: strictLms12().api, API_1484_11: strictLms2004().api });

  it('prefers SCORM 2004, then 1.2, in auto mode', () => {
    expect(choose('auto', both()).kind).toBe('scorm2004');
    expect(choose('auto', lmsWindow({ API: strictLms12().api })).kind).toBe('scorm12');
  });

  it('uses only the API the package is built for', () => {
    expect(choose('scorm12', both()).kind).toBe('scorm12');
    expect(choose('scorm2004', both()).kind).toBe('scorm2004');
  });

  it('falls back to standalone with a logged warning when a SCORM package finds no LMS', () => {
    const logger = silentLogger();
    expect(choose('scorm12', lmsWindow({}), logger).kind).toBe('standalone');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('SCORM 1.2 package but no LMS was found'));
  });

  it('stays standalone when asked, even inside an LMS', () => {
    expect(choose('standalone', both()).kind).toBe('standalone');
  });
});
