import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../testing/builders';
import { contentWithProgressArb, preferencesArb } from '../../testing/progress-arbitraries';
import { checksum } from './codec-alphabet';
import type { LearnerPreferences } from './learner-preferences';
import { decodeProgress, encodeProgress } from './progress-codec';
import type { ProgressContent } from './progress-content';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from './progress-record';
import { progressAsStored } from './stored-progress';

const content = (): ProgressContent => ({ course: buildCourse(), modules: { sample: buildModule() } });

const progress = (): ProgressRecord => ({
  ...emptyProgress(),
  modules: { sample: { ...emptyModuleProgress(), position: { at: 'step', stepId: 'check' }, scenarios: { chat: ['pay'] } } },
  openModuleId: 'sample',
});

const larger: LearnerPreferences = { textSize: 'larger', highContrast: true, readableFont: false, reducedMotion: true };

/** A sealed section with this body, as the writer seals it. */
const sealed = (body: string): string => body + checksum(body);

describe('progress codec: display preferences', () => {
  it('restores the preferences and the progress saved with them, for any of both', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(contentWithProgressArb(), preferencesArb, ({ content, progress }, preferences) => {
        const decoded = decodeProgress(encodeProgress(progress, content, { preferences }), content);
        expect(decoded).toEqual({ progress: progressAsStored(progress), preferences, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('writes them as one short section right after the header, as docs/progress-format.md shows', () => {
    const withPreferences = encodeProgress(progress(), content(), { preferences: larger });
    const without = encodeProgress(progress(), content());
    const [version, header, ...rest] = without.split('.');
    expect(withPreferences).toBe([version, header, 'PVib', ...rest].join('.'));
    expect(decodeProgress('os1.HAlsGb.PVib', content()).preferences).toEqual(larger);
  });

  it('reads text saved before preferences were kept exactly as before, with no preferences', () => {
    const old = encodeProgress(progress(), content());
    const decoded = decodeProgress(old, content());
    expect(decoded).toEqual({ progress: progress(), warnings: [] });
    expect('preferences' in decoded).toBe(false);
  });

  it('keeps the preferences when an LMS cuts the end of the text off', () => {
    const text = encodeProgress(progress(), content(), { preferences: larger });
    const cut = text.slice(0, text.indexOf('.M') + 4);
    const decoded = decodeProgress(cut, content());
    expect(decoded.preferences).toEqual(larger);
    expect(decoded.warnings).toEqual([expect.stringContaining('cut off or damaged')]);
  });

  it('drops damaged preferences with a warning and keeps the progress', () => {
    const text = encodeProgress(progress(), content(), { preferences: larger }).replace('.PVib', '.PWib');
    const decoded = decodeProgress(text, content());
    expect(decoded.preferences).toBeUndefined();
    expect(decoded.progress).toEqual(progress());
    expect(decoded.warnings).toEqual(['Part 2 of the saved progress is damaged; dropped.']);
  });

  it('uses standard text size, saying why, for a size step this course does not offer', () => {
    // Bits 3–4 = 3: a fourth step a later course might add; high contrast (bit 0) still applies.
    const decoded = decodeProgress(`os1.HAlsGb.${sealed('PZ')}`, content());
    expect(decoded.preferences).toEqual({ textSize: 'standard', highContrast: true, readableFont: false, reducedMotion: false });
    expect(decoded.warnings).toEqual(['The saved text size is not one this course offers; standard size is used.']);
  });

  it('skips digits a later version adds after the first, so a newer course\'s text still gives these back', () => {
    const decoded = decodeProgress(`os1.HAlsGb.${sealed('PVABC')}`, content());
    expect(decoded.preferences).toEqual(larger);
    expect(decoded.warnings).toEqual([]);
  });

  it('says so, and uses the defaults, when the section has no flags', () => {
    const decoded = decodeProgress(`os1.HAlsGb.${sealed('P')}`, content());
    expect(decoded.preferences).toBeUndefined();
    expect(decoded.warnings).toEqual(['The saved display preferences are malformed; the defaults are used.']);
  });

  it('reads the first preferences section and ignores a second, saying so', () => {
    const second = sealed('PA');
    const decoded = decodeProgress(`os1.HAlsGb.PVib.${second}`, content());
    expect(decoded.preferences).toEqual(larger);
    expect(decoded.warnings).toEqual(['Part 3 of the saved progress is of an unknown kind; ignored.']);
  });
});

describe('progress codec: the language the learner chose', () => {
  it('keeps the chosen language with the display preferences, and both come back', () => {
    const text = encodeProgress(progress(), content(), { preferences: larger, language: 'ur' });
    const decoded = decodeProgress(text, content());
    expect(decoded).toEqual({ progress: progress(), preferences: larger, language: 'ur', warnings: [] });
  });

  it('keeps a language chosen with no display preferences, without inventing preferences', () => {
    const text = encodeProgress(progress(), content(), { language: 'en-GB' });
    const decoded = decodeProgress(text, content());
    expect(decoded.language).toBe('en-GB');
    expect('preferences' in decoded).toBe(false);
    expect(decoded.warnings).toEqual([]);
  });

  it('writes the language inside the preferences section, where a build from before it skips it', () => {
    const text = encodeProgress(progress(), content(), { preferences: larger, language: 'cy' });
    const [version, header, section] = text.split('.');
    expect(version).toBe('os1');
    expect(section?.slice(0, -2)).toBe('PVCcy');
    // What an earlier build reads: the flags digit, as the section above with the language cut off would give.
    expect(decodeProgress([version, header, sealed('PV'), ...text.split('.').slice(3)].join('.'), content()).preferences).toEqual(larger);
  });

  it('drops a damaged language with a warning and keeps the display preferences', () => {
    const decoded = decodeProgress(`os1.HAlsGb.${sealed('PVF!!')}`, content());
    expect(decoded.preferences).toEqual(larger);
    expect(decoded.language).toBeUndefined();
    expect(decoded.warnings).toEqual(['The saved language is malformed; the language is chosen afresh.']);
  });

  it('never writes a tag a course could not list', () => {
    const text = encodeProgress(progress(), content(), { preferences: larger, language: 'not a language' });
    expect(decodeProgress(text, content())).toEqual({ progress: progress(), preferences: larger, warnings: [] });
  });
});
