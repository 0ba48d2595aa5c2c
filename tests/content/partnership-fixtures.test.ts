import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../scorm/content/content-validation-error';
import { loadPartnership } from '../../scorm/content/load-partnership';

/**
 * Each folder under fixtures/partnerships/ but `complete` has one mistake in its settings. A
 * partnership's admin must be able to fix it from one line: the file, the line and the field.
 */
const ROOT = 'tests/content/fixtures/partnerships';
const COURSES = ['parents-and-carers', 'risks-to-children'];
/** The clock the age of `numbersChecked` is measured against: fixture dates are relative to it, not to today. */
const NOW = new Date('2026-12-04T12:00:00Z');

const load = (id: string, now = NOW) => loadPartnership(id, ['en-GB'], ROOT, process.cwd(), { knownCourses: COURSES, now });

function failure(id: string): ContentValidationError {
  try {
    load(id);
  } catch (error) {
    if (error instanceof ContentValidationError) return error;
    throw error;
  }
  throw new Error(`${id} loaded without a problem`);
}

describe('bad partnership settings', () => {
  it.each([
    ['missing-front-door', 'FrontDoorMismatch', 1, 'frontDoor', 'required field "frontDoor" is missing'],
    ['national-with-front-door', 'FrontDoorMismatch', 6, 'frontDoor', 'must not list a local front door'],
    ['low-contrast', 'LowContrastBrandColour', 8, 'brandColour', 'contrast ratio of'],
    ['bad-phone', 'InvalidFormat', 6, 'phone', 'UK phone number'],
    ['missing-logo', 'MissingPartnershipFile', 8, 'logo', '"logo.svg" is not in the partnership folder'],
    ['missing-logo-alt', 'MissingTranslation', 8, 'logoAlt', 'locales/en-GB.yaml'],
    ['unknown-course', 'UnknownPartnershipCourse', 8, 'courses', 'no course "parents"'],
    ['pass-mark-too-low', 'TooSmall', 9, 'risks-to-children', '50'],
    ['bad-contact', 'SchemaViolation', 4, 'contact', 'email address or a full https:// address'],
    ['numbers-overdue', 'NumbersCheckOverdue', 2, 'numbersChecked', 'numbers last checked 2025-10-01, 14 months ago'],
    ['bad-date', 'InvalidFormat', 2, 'numbersChecked', 'YYYY-MM-DD'],
    ['bad-scorm-version', 'InvalidValue', 8, 'scormVersions', 'scorm12'],
    ['no-checked-date', 'MissingField', 1, 'numbersChecked', 'numbersChecked'],
  ])('%s fails with one line naming file, line and field', (id, code, line, field, detail) => {
    const { problems, message } = failure(id);
    expect(problems.map((p) => [p.code, p.line, p.field])).toEqual([[code, line, field]]);
    const [problem] = problems;
    expect(problem?.message).not.toContain('\n');
    expect(problem?.message.startsWith(`${ROOT}/${id}/`)).toBe(true);
    expect(problem?.message).toContain(`:${line} → `);
    expect(message).toContain(detail);
  });

  it('warns, without failing, when the numbers were checked over 6 months ago', () => {
    const loaded = load('complete', new Date('2027-05-02T12:00:00Z'));
    expect(loaded.warnings).toEqual([
      `${ROOT}/complete/partnership.yaml:2 → numbersChecked: warning: numbers last checked 2026-11-01, 6 months ago (over 6); check them with the partnership before this build is used.`,
    ]);
    expect(load('complete').warnings).toEqual([]);
  });

  it('accepts every optional setting: courses, SCORM versions, pass marks, logo and brand colour', () => {
    const { partnership, logoFile } = load('complete');
    expect(partnership).toMatchObject({ courses: ['risks-to-children'], scormVersions: ['scorm2004'], passMarks: { 'risks-to-children': 90 } });
    expect(logoFile).toBe(path.resolve(ROOT, 'complete', 'logo.svg'));
  });
});
