/**
 * A course's `lastReviewed` (YYYY-MM-DD) as the learner's language writes a date, e.g.
 * "21 November 2026". Read as UTC, so no time zone can move it to the day before.
 */
export function formatReviewDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
