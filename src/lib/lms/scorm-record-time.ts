import { MAX_12_TIMESPAN_MS, pad, parts } from './scorm-time';

/** Times written only with interactions, so they download with the records (scorm12-records.ts, scorm2004-records.ts). */

/** SCORM 1.2 CMITimespan without fractions, `HHHH:MM:SS`, for interaction latency. */
export function scorm12Latency(ms: number): string {
  const p = parts(Math.min(Math.round(ms / 1000) * 1000, MAX_12_TIMESPAN_MS));
  return `${pad(p.hours, 4)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS`: the learner's local time of day. */
export const scorm12TimeOfDay = (at: Date): string => `${pad(at.getHours(), 2)}:${pad(at.getMinutes(), 2)}:${pad(at.getSeconds(), 2)}`;

/** SCORM 2004 time (second,10,0): UTC with hundredths, `2025-03-01T09:30:05.25Z`. */
export const scorm2004Timestamp = (at: Date): string => `${at.toISOString().slice(0, 22)}Z`;
