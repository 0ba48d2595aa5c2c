import { describe, expect, it } from 'vitest';
import { numbersCheckedAge } from './numbers-checked';

const on = (day: string): Date => new Date(`${day}T12:00:00Z`);

describe('how old a partnership’s checked numbers are', () => {
  it('is current on the day they were checked and up to six months later', () => {
    expect(numbersCheckedAge('2026-12-04', on('2026-12-04'))).toEqual({ status: 'current', months: 0 });
    expect(numbersCheckedAge('2026-06-04', on('2026-12-04'))).toEqual({ status: 'current', months: 6 });
  });

  it('warns the day after six months have passed', () => {
    expect(numbersCheckedAge('2026-06-03', on('2026-12-04'))).toEqual({ status: 'warn', months: 6 });
    expect(numbersCheckedAge('2026-01-10', on('2026-12-04'))).toEqual({ status: 'warn', months: 10 });
  });

  it('is overdue the day after twelve months have passed', () => {
    expect(numbersCheckedAge('2025-12-04', on('2026-12-04'))).toEqual({ status: 'warn', months: 12 });
    expect(numbersCheckedAge('2025-12-03', on('2026-12-04'))).toEqual({ status: 'overdue', months: 12 });
    expect(numbersCheckedAge('2016-11-01', on('2026-12-04')).status).toBe('overdue');
  });

  it('clamps month ends: checked on 31 August is six months old on the last day of February', () => {
    expect(numbersCheckedAge('2026-08-31', on('2027-02-28'))).toEqual({ status: 'current', months: 6 });
    expect(numbersCheckedAge('2026-08-31', on('2027-03-01'))).toEqual({ status: 'warn', months: 6 });
  });

  it('refuses a date after today', () => {
    expect(numbersCheckedAge('2027-01-01', on('2026-12-04'))).toEqual({ status: 'future', today: '2026-12-04' });
  });
});
