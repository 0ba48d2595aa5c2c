/**
 * Times and durations in each SCORM version's own format, within the patterns
 * Moodle's player validates against (mod/scorm/datamodels/scorm_12.js, scorm_13.js).
 */

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

interface Parts {
  hours: number;
  minutes: number;
  seconds: number;
  centiseconds: number;
}

function parts(ms: number): Parts {
  const total = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  return {
    hours: Math.floor(total / 360_000),
    minutes: Math.floor(total / 6_000) % 60,
    seconds: Math.floor(total / 100) % 60,
    centiseconds: total % 100,
  };
}

/** Largest CMITimespan SCORM 1.2 can express (4-digit hours). */
const MAX_12_TIMESPAN_MS = ((9999 * 60 + 59) * 60 + 59.99) * 1000;

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`, for cmi.core.session_time. */
export function scorm12Timespan(ms: number): string {
  const p = parts(Math.min(ms, MAX_12_TIMESPAN_MS));
  return `${pad(p.hours, 4)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}.${pad(p.centiseconds, 2)}`;
}

/** SCORM 1.2 CMITimespan without fractions, `HHHH:MM:SS`, for interaction latency. */
export function scorm12Latency(ms: number): string {
  const p = parts(Math.min(Math.round(ms / 1000) * 1000, MAX_12_TIMESPAN_MS));
  return `${pad(p.hours, 4)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS`: the learner's local time of day. */
export const scorm12TimeOfDay = (at: Date): string => `${pad(at.getHours(), 2)}:${pad(at.getMinutes(), 2)}:${pad(at.getSeconds(), 2)}`;

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

/** SCORM 2004 time (second,10,0): UTC with hundredths, `2025-03-01T09:30:05.25Z`. */
export const scorm2004Timestamp = (at: Date): string => `${at.toISOString().slice(0, 22)}Z`;
