import type { TFunction } from 'i18next';

/**
 * Time spent as words: "2 hours 41 minutes", "1 hour", "35 minutes", "less than a minute".
 * Whole minutes, rounded down (the learner spent at least that long). Texts: `duration.*`
 * in locales/<language>/player.json.
 */
export function durationText(t: TFunction, seconds: number): string {
  const minutesInAll = Math.floor(Math.max(0, seconds) / 60);
  const hours = Math.floor(minutesInAll / 60);
  const minutes = minutesInAll % 60;
  if (hours === 0 && minutes === 0) return t('duration.underAMinute');
  const hoursText = t('duration.hours', { count: hours });
  const minutesText = t('duration.minutes', { count: minutes });
  if (hours === 0) return minutesText;
  if (minutes === 0) return hoursText;
  return t('duration.hoursAndMinutes', { hours: hoursText, minutes: minutesText });
}
