import { describe, expect, it } from 'vitest';
import { courseLaunchUrl, launchQuery, readLaunchOptions } from './launch-options';

const built = ['parents-and-carers', 'risks-to-children'];

describe('readLaunchOptions', () => {
  it('takes the course and version from the query string', () => {
    expect(readLaunchOptions('?course=risks-to-children&version=scorm2004', built)).toEqual({
      options: { courseId: 'risks-to-children', version: 'scorm2004', profile: 'scorm-again' },
      problems: [],
    });
  });

  it('opens the first built course in SCORM 1.2 when the query string says nothing', () => {
    expect(readLaunchOptions('', built)).toEqual({ options: { courseId: 'parents-and-carers', version: 'scorm12', profile: 'scorm-again' }, problems: [] });
  });

  it('falls back, and reports it, for a course that is not built or a version it does not know', () => {
    expect(readLaunchOptions('?course=nope&version=scorm3', built)).toEqual({
      options: { courseId: 'parents-and-carers', version: 'scorm12', profile: 'scorm-again' },
      problems: [
        { kind: 'unknown-version', requested: 'scorm3' },
        { kind: 'unknown-course', requested: 'nope', fallback: 'parents-and-carers' },
      ],
    });
  });

  it('has nothing to open when no course is built', () => {
    expect(readLaunchOptions('?course=risks-to-children', []).options).toBeNull();
  });
});

describe('launch URLs', () => {
  it('round-trips through the query string', () => {
    const options = { courseId: 'risks-to-children', version: 'scorm2004', profile: 'moodle' } as const;
    expect(readLaunchOptions(launchQuery(options), built).options).toEqual(options);
  });

  it('plays scorm-again as it comes unless a known LMS profile is asked for', () => {
    expect(readLaunchOptions('?course=risks-to-children', built).options?.profile).toBe('scorm-again');
    expect(readLaunchOptions('?profile=strict', built).options?.profile).toBe('strict');
    expect(readLaunchOptions('?profile=blackboard', built)).toMatchObject({ options: { profile: 'scorm-again' }, problems: [{ kind: 'unknown-profile', requested: 'blackboard' }] });
  });

  it('points at the build of the chosen version, as the preview server serves it', () => {
    expect(courseLaunchUrl({ courseId: 'risks-to-children', version: 'scorm12', profile: 'moodle' })).toBe('/courses/risks-to-children/scorm12/index.html');
  });
});
