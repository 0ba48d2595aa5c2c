import { PREFERENCE_FIELDS, preferenceProblem, type LearnerPreferences } from '../../course/progress/learner-preferences';

/**
 * Reads preferences kept in the browser, field by field: one damaged field falls
 * back to its default and the others are kept. Every fallback is named, so the
 * reason can be logged (a learner who finds their settings gone can be helped).
 */

export interface ReadStoredPreferences {
  preferences: LearnerPreferences;
  /** One line per field that fell back to its default, e.g. `textSize: expected one of … (found "huge")`. */
  problems: string[];
}

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

export function readStoredPreferences(stored: unknown, defaults: LearnerPreferences): ReadStoredPreferences {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { preferences: defaults, problems: [`expected an object of preferences, found ${shown(stored)}`] };
  }
  const record = stored as Record<string, unknown>;
  const preferences: LearnerPreferences = { ...defaults };
  const problems: string[] = [];
  for (const field of PREFERENCE_FIELDS) {
    // A field added in a later version is simply missing from older data: its default applies.
    if (!(field in record)) continue;
    const value = record[field];
    const problem = preferenceProblem(field, value);
    if (problem === null) Object.assign(preferences, { [field]: value });
    else problems.push(`${field}: ${problem} (found ${shown(value)})`);
  }
  return { preferences, problems };
}
