import type { Completion, Success } from '../../course/progress/course-status';
import { scorm12Calls, type Scorm12Api } from './scorm-api';
import { createScormPort, type Element, type ScormDialect, type ScormPortOptions } from './scorm-port';
import { parseScore, scoreElements } from './scorm-score';
import { scorm12Timespan } from './scorm-time';
import type { StatusReport, TrackingPort } from './tracking-port';

/** SCORM 1.2 (the primary package): cmi.core.*, one lesson_status, write-only interactions. */

/** One lesson_status: the learner has launched, so at least incomplete; passed/failed only once complete. */
export function lessonStatus({ completion, success }: Pick<StatusReport, 'completion' | 'success'>): string {
  if (completion !== 'completed') return 'incomplete';
  return success === 'unknown' ? 'completed' : success;
}

function statusFromLessonStatus(value: string | null): { completion: Completion; success: Success } {
  switch (value) {
    case 'passed':
    case 'failed':
      return { completion: 'completed', success: value };
    case 'completed':
      return { completion: 'completed', success: 'unknown' };
    case 'incomplete':
    case 'browsed':
      return { completion: 'incomplete', success: 'unknown' };
    default:
      return { completion: 'not attempted', success: 'unknown' };
  }
}

const score = (prefix: string, percent: number | null): Element[] => scoreElements(prefix, percent, { scaled: false });

export const scorm12Dialect: ScormDialect = {
  kind: 'scorm12',
  limits: { suspendData: 4096, location: 255 },
  // Data-model errors: argument, children/count, not implemented, keyword, read-only, write-only, type.
  rejectedCodes: new Set(['201', '202', '203', '401', '402', '403', '404', '405']),
  alreadyOpenCodes: new Set(),
  elements: {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    language: 'cmi.student_preference.language',
  },
  readStatus: (read) => ({ ...statusFromLessonStatus(read('cmi.core.lesson_status')), scorePercent: parseScore(read('cmi.core.score.raw')) }),
  status: (status) => [['cmi.core.lesson_status', lessonStatus(status)], ...score('cmi.core.score', status.scorePercent)],
  recorder: () => import('./scorm12-records').then((chunk) => chunk.scorm12Recorder),
  exit: (finished, sessionMs) => [
    ['cmi.core.exit', finished ? '' : 'suspend'],
    ['cmi.core.session_time', scorm12Timespan(sessionMs)],
  ],
};

export const createScorm12Port = (api: Scorm12Api, options: ScormPortOptions): TrackingPort => createScormPort(scorm12Calls(api), scorm12Dialect, options);
