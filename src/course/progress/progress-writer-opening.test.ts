import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../testing/builders';
import { courseVersionArb, preferencesArb } from '../../testing/progress-arbitraries';
import { decodeProgress, encodeProgress } from './progress-codec';
import type { ProgressContent } from './progress-content';
import { emptyProgress } from './progress-record';
import { isEmptyProgress, writeEmptyProgress } from './progress-writer-opening';

const content: ProgressContent = { course: buildCourse(), modules: { sample: buildModule() } };

/** What the tracking session stamps on a record: whole or fractional seconds, any version text (an invalid one is not saved). */
const stampArb = fc.record(
  { timeSpentSeconds: fc.oneof(fc.nat({ max: 20_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), courseVersion: fc.oneof(courseVersionArb, fc.string({ maxLength: 12 })) },
  { requiredKeys: [] },
);
const languageArb = fc.option(fc.constantFrom('en-GB', 'cy', 'ur', 'not a tag'), { nil: null });

describe('writeEmptyProgress: the first screen saves a learner who has done nothing yet', () => {
  it('writes exactly the text the whole writer writes for the same record, for any time, version, preferences, language and salt', () => {
    fc.assert(
      fc.property(stampArb, fc.option(preferencesArb, { nil: null }), languageArb, fc.nat({ max: 63 }), (stamp, preferences, language, salt) => {
        const record = { ...emptyProgress(), ...stamp };
        expect(writeEmptyProgress(record, salt, preferences, language)).toBe(encodeProgress(record, content, { salt, preferences, language }));
      }),
      { numRuns: 500 },
    );
  });

  it('is read back as an empty record with its time spent and course version', () => {
    const text = writeEmptyProgress({ timeSpentSeconds: 95, courseVersion: '1.2.0' }, 5);
    expect(decodeProgress(text, content)).toEqual({ progress: { ...emptyProgress(), timeSpentSeconds: 95, courseVersion: '1.2.0' }, warnings: [] });
  });
});

describe('isEmptyProgress', () => {
  it('is true only for a record with no module, no attempt and no module open', () => {
    expect(isEmptyProgress(emptyProgress())).toBe(true);
    expect(isEmptyProgress({ ...emptyProgress(), timeSpentSeconds: 30 })).toBe(true);
    expect(isEmptyProgress({ ...emptyProgress(), openModuleId: 'sample' })).toBe(false);
    expect(isEmptyProgress({ ...emptyProgress(), assessment: { attempts: [{ seed: 1, answers: {}, score: null }] } })).toBe(false);
    expect(isEmptyProgress({ ...emptyProgress(), modules: { sample: { completed: false, position: { at: 'intro' }, scenarios: {}, answers: {} } } })).toBe(false);
  });
});
