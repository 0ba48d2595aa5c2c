import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseBenchArgs } from './cli-options';

describe('parseBenchArgs', () => {
  it('builds, gzips and runs three times by default', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toEqual({ build: true, gzip: true, runs: 3, courseId: 'risks-to-children' });
  });

  it('reads every option', () => {
    expect(parseBenchArgs(['--no-build', '--no-gzip', '--runs', '5', '--course', 'parents-and-carers'])).toEqual({
      build: false,
      gzip: false,
      runs: 5,
      courseId: 'parents-and-carers',
    });
  });

  it('rejects unknown options and bad values with the usage line', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/^Unknown option "--fast"\. Usage: npm run bench/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs must be a whole number from 1 to 9, got "0"/);
    expect(() => parseBenchArgs(['--runs', 'two'])).toThrow(/got "two"/);
    expect(() => parseBenchArgs(['--course'])).toThrow(/--course needs a value/);
    expect(() => parseBenchArgs(['--course', '--no-build'])).toThrow(/--course needs a value/);
  });
});
