import type { Completion, Success } from '../../course/progress/course-status';
import type { Scorm2004Api } from './scorm-api';
import { scorm2004Calls } from './scorm2004-api';
import { createScormPort, type Element, type ScormDialect, type ScormPortOptions } from './scorm-port';
import { parseScore, scoreElements } from './scorm-score';
import { scorm2004Duration } from './scorm-time';
import type { TrackingPort } from './tracking-port';

/**
 * SCORM 2004 4th edition: completion and success set separately (Moodle never
 * derives success itself), score.raw for Moodle's grade plus score.scaled.
 */

const COMPLETIONS: readonly Completion[] = ['not attempted', 'incomplete', 'completed'];
const SUCCESSES: readonly Success[] = ['unknown', 'passed', 'failed'];
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((v) => v === value) ?? fallback;

/** The learner has launched, so at least incomplete. */
const launched = (completion: Completion): Completion => (completion === 'not attempted' ? 'incomplete' : completion);

const score = (prefix: string, percent: number | null): Element[] => scoreElements(prefix, percent, { scaled: true });

export const scorm2004Dialect: ScormDialect = {
  kind: 'scorm2004',
  limits: { suspendData: 64000, location: 1000 },
  // Data-model errors: argument, get/set failure, undefined, unimplemented, not initialised, read/write-only, type, range, dependency.
  rejectedCodes: new Set(['201', '301', '351', '401', '402', '403', '404', '405', '406', '407', '408']),
  alreadyOpenCodes: new Set(['103']),
  elements: {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    language: 'cmi.learner_preference.language',
  },
  readStatus: (read) => ({
    completion: oneOf(COMPLETIONS, read('cmi.completion_status'), 'not attempted'),
    success: oneOf(SUCCESSES, read('cmi.success_status'), 'unknown'),
    scorePercent: parseScore(read('cmi.score.raw')),
  }),
  status: (status) => [
    ['cmi.completion_status', launched(status.completion)],
    ['cmi.success_status', status.success],
    ...score('cmi.score', status.scorePercent),
  ],
  recorder: () => import('./scorm2004-records').then((chunk) => chunk.scorm2004Recorder),
  exit: (finished, sessionMs) => [
    ['cmi.exit', finished ? 'normal' : 'suspend'],
    ['cmi.session_time', scorm2004Duration(sessionMs)],
  ],
};

export const createScorm2004Port = (api: Scorm2004Api, options: ScormPortOptions): TrackingPort =>
  createScormPort(scorm2004Calls(api), scorm2004Dialect, options);
