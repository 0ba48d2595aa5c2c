/**
 * How old a partnership's checked numbers are (partnership.yaml `numbersChecked`), against a
 * clock the caller passes in, so tests pin "today" instead of depending on the real date.
 * Over 6 months: the build warns. Over 12: the build fails, because phone numbers and
 * front-door arrangements change and a wrong number on a child-protection course is harmful.
 */

export const WARN_AFTER_MONTHS = 6;
export const FAIL_AFTER_MONTHS = 12;

export type NumbersCheckedAge =
  | { status: 'current'; months: number }
  | { status: 'warn'; months: number }
  | { status: 'overdue'; months: number }
  | { status: 'future'; today: string };

/** `today` as YYYY-MM-DD in UTC (builds run on CI servers in any time zone; a day's difference is immaterial). */
export const isoDay = (today: Date): string => today.toISOString().slice(0, 10);

/** `date` plus `months` calendar months, the day clamped to the month's length (31 Aug + 6 → 28/29 Feb). */
function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Whole calendar months from `date` to `today` (both YYYY-MM-DD). */
function monthsBetween(date: string, today: string): number {
  let months = 0;
  while (addMonths(date, months + 1) <= today) months += 1;
  return months;
}

export function numbersCheckedAge(checked: string, now: Date): NumbersCheckedAge {
  const today = isoDay(now);
  if (checked > today) return { status: 'future', today };
  const months = monthsBetween(checked, today);
  if (addMonths(checked, FAIL_AFTER_MONTHS) < today) return { status: 'overdue', months };
  if (addMonths(checked, WARN_AFTER_MONTHS) < today) return { status: 'warn', months };
  return { status: 'current', months };
}
