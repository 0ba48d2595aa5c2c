import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorm12Latency, scorm12TimeOfDay, scorm2004Timestamp } from './scorm-record-time';
import { scorm12Timespan, scorm2004Duration } from './scorm-time';

// Moodle's own patterns (mod/scorm/datamodels/scorm_12.js and scorm_13.js).
const MOODLE_12_TIMESPAN = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
const MOODLE_2004_TIMESPAN = /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;
const MOODLE_2004_TIME = /^(19[7-9]\d|20[0-2]\d|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2]\d|3[0-1]))(T([0-1]\d|2[0-3])((:[0-5]\d)((:[0-5]\d)((\.\d{1,2})((Z|([+|-]([0-1]\d|2[0-3])))(:[0-5]\d)?)?)?)?)?)?)?)?$/;

describe('SCORM 1.2 times', () => {
  it.each([
    [0, '0000:00:00.00'],
    [3_723_450, '0001:02:03.45'],
    [36_000_000 * 1000, '9999:59:59.99'],
  ])('session time of %i ms is %s', (ms, text) => expect(scorm12Timespan(ms)).toBe(text));

  it('writes latency in whole seconds', () => {
    expect(scorm12Latency(12_400)).toBe('0000:00:12');
    expect(scorm12Latency(59_600)).toBe('0000:01:00');
  });

  it('writes the time of day as HH:MM:SS', () => {
    expect(scorm12TimeOfDay(new Date(2025, 0, 1, 7, 5, 9))).toBe('07:05:09');
  });
});

describe('SCORM 2004 times', () => {
  it.each([
    [0, 'PT0S'],
    [500, 'PT0.5S'],
    [3_930_500, 'PT1H5M30.5S'],
    [3_600_000, 'PT1H'],
    [3_601_250, 'PT1H1.25S'],
    [90_000_000, 'PT25H'],
  ])('duration of %i ms is %s', (ms, text) => expect(scorm2004Duration(ms)).toBe(text));

  it('writes timestamps in UTC with hundredths', () => {
    expect(scorm2004Timestamp(new Date(Date.UTC(2025, 11, 31, 23, 59, 59, 999)))).toBe('2025-12-31T23:59:59.99Z');
  });
});

describe('every time passes Moodle\'s validation', () => {
  it('for any duration', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1e12, noNaN: true }), (ms) => {
        expect(scorm12Timespan(ms)).toMatch(MOODLE_12_TIMESPAN);
        expect(scorm12Latency(ms)).toMatch(MOODLE_12_TIMESPAN);
        expect(scorm2004Duration(ms)).toMatch(MOODLE_2004_TIMESPAN);
      }),
    );
  });

  it('for any moment up to 2038', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2038-12-31T23:59:59Z'), noInvalidDate: true }), (at) => {
        expect(scorm2004Timestamp(at)).toMatch(MOODLE_2004_TIME);
      }),
    );
  });
});
