/**
 * Times and durations in each SCORM version's own format, within the patterns
 * Moodle's player validates against (mod/scorm/datamodels/scorm_12.js, scorm_13.js).
 * The session's times are here; an interaction's own (scorm-record-time.ts) download with
 * the records that use them.
 */

export const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export interface Parts {
  hours: number;
  minutes: number;
  seconds: number;
  centiseconds: number;
}

export function parts(ms: number): Parts {
  const total = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  return {
    hours: Math.floor(total / 360_000),
    minutes: Math.floor(total / 6_000) % 60,
    seconds: Math.floor(total / 100) % 60,
    centiseconds: total % 100,
  };
}

/** Largest CMITimespan SCORM 1.2 can express (4-digit hours). */
export const MAX_12_TIMESPAN_MS = ((9999 * 60 + 59) * 60 + 59.99) * 1000;

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`, for cmi.core.session_time. */
export function scorm12Timespan(ms: number): string {
  const p = parts(Math.min(ms, MAX_12_TIMESPAN_MS));
  return `${pad(p.hours, 4)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}.${pad(p.centiseconds, 2)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. `PT1H5M30.5S`; seconds to 2 decimals at most. */
export function scorm2004Duration(ms: number): string {
  const p = parts(ms);
  const seconds = p.centiseconds === 0 ? `${p.seconds}` : `${p.seconds}.${pad(p.centiseconds, 2).replace(/0$/, '')}`;
  let text = 'PT';
  if (p.hours > 0) text += `${p.hours}H`;
  if (p.minutes > 0) text += `${p.minutes}M`;
  if (seconds !== '0' || text === 'PT') text += `${seconds}S`;
  return text;
}
