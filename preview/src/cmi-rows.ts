import type { ScormVersion } from './launch-options';

/**
 * The cmi values the tracking panel shows, read from scorm-again's JSON rendering of
 * its data model (`renderCMIToJSONObject().cmi`). Reading the JSON rather than calling
 * GetValue keeps write-only 1.2 elements (exit, session_time) visible and adds no
 * calls to the log.
 */

export interface CmiRow {
  /** The data-model element, e.g. "cmi.core.lesson_status". */
  element: string;
  value: string;
  /** Show the value's length as well (suspend_data). */
  showLength?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The string at a dotted path, or "" if there is none. */
export function valueAt(data: unknown, path: string): string {
  let current: unknown = data;
  for (const part of path.split('.')) {
    if (!isRecord(current)) return '';
    current = current[part];
  }
  return typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean' ? String(current) : '';
}

/** scorm-again renders the interactions/objectives arrays as objects keyed "0", "1", … */
function entries(data: unknown, path: string): Record<string, unknown>[] {
  let current: unknown = data;
  for (const part of path.split('.')) current = isRecord(current) ? current[part] : undefined;
  if (Array.isArray(current)) return current.filter(isRecord);
  if (!isRecord(current)) return [];
  return Object.keys(current)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => current[key])
    .filter(isRecord);
}

const describe = (entry: Record<string, unknown>, paths: readonly string[]): string =>
  paths
    .map((path) => [path, valueAt(entry, path)] as const)
    .filter(([, value]) => value !== '')
    .map(([path, value]) => `${path}=${value}`)
    .join(' ');

const SCORM12_ELEMENTS = [
  'core.student_name',
  'core.student_id',
  'core.entry',
  'core.lesson_status',
  'core.score.raw',
  'core.score.min',
  'core.score.max',
  'core.lesson_location',
  'suspend_data',
  'core.exit',
  'core.session_time',
] as const;

const SCORM2004_ELEMENTS = [
  'learner_name',
  'learner_id',
  'entry',
  'completion_status',
  'success_status',
  'score.scaled',
  'score.raw',
  'score.min',
  'score.max',
  'progress_measure',
  'location',
  'suspend_data',
  'exit',
  'session_time',
] as const;

/**
 * @param cmi scorm-again's `renderCMIToJSONObject().cmi`
 * @param totalTime total_time as the LMS holds it (not in scorm-again's JSON for 1.2)
 */
export function cmiRows(version: ScormVersion, cmi: unknown, totalTime: string): CmiRow[] {
  const elements = version === 'scorm12' ? SCORM12_ELEMENTS : SCORM2004_ELEMENTS;
  const rows: CmiRow[] = elements.map((path) => ({
    element: `cmi.${path}`,
    value: valueAt(cmi, path),
    ...(path === 'suspend_data' ? { showLength: true } : {}),
  }));
  rows.push({ element: version === 'scorm12' ? 'cmi.core.total_time' : 'cmi.total_time', value: totalTime });
  rows.push({ element: 'cmi.interactions._count', value: String(entries(cmi, 'interactions').length) });
  const objectives = entries(cmi, 'objectives');
  rows.push({ element: 'cmi.objectives._count', value: String(objectives.length) });
  const objectiveFields =
    version === 'scorm12'
      ? ['id', 'status', 'score.raw']
      : ['id', 'success_status', 'completion_status', 'score.scaled', 'score.raw', 'progress_measure'];
  objectives.forEach((objective, index) =>
    rows.push({ element: `cmi.objectives.${index}`, value: describe(objective, objectiveFields) }),
  );
  return rows;
}
