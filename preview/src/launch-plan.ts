import type { ScormVersion } from './launch-options';
import type { StoredAttempt } from './saved-attempt';

/**
 * What the LMS hands the course at launch: the data to load into the API before
 * Initialize. The LMS, not the course, supplies entry and total_time, and these rules
 * follow Moodle (see the SCORM brief, §2.4): SCORM 1.2 always reloads the learner's
 * data; SCORM 2004 reloads it only when the last exit was "suspend".
 */

export interface Learner {
  id: string;
  name: string;
}

export type LaunchPlan =
  | { kind: 'new'; startingData: Record<string, unknown> }
  | { kind: 'resume'; startingData: Record<string, unknown>; entry: 'resume' | ''; totalTime: string }
  | { kind: 'restart'; startingData: Record<string, unknown>; lastExit: string };

function newAttemptData(version: ScormVersion, learner: Learner): Record<string, unknown> {
  return version === 'scorm12'
    ? {
        core: {
          student_id: learner.id,
          student_name: learner.name,
          entry: 'ab-initio',
          credit: 'credit',
          lesson_mode: 'normal',
          total_time: '00:00:00',
        },
      }
    : { learner_id: learner.id, learner_name: learner.name, entry: 'ab-initio', credit: 'credit', mode: 'normal', total_time: 'PT0H0M0S' };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function resumeData(saved: StoredAttempt, learner: Learner, entry: 'resume' | ''): Record<string, unknown> {
  const cmi = structuredClone(saved.cmi);
  // exit and session_time belong to the session that ended; a new session starts without them.
  if (saved.version === 'scorm12') {
    const core = isRecord(cmi['core']) ? cmi['core'] : {};
    delete core['exit'];
    delete core['session_time'];
    cmi['core'] = { ...core, entry, total_time: saved.totalTime, student_id: learner.id, student_name: learner.name };
    return cmi;
  }
  delete cmi['exit'];
  delete cmi['session_time'];
  return { ...cmi, entry, total_time: saved.totalTime, learner_id: learner.id, learner_name: learner.name };
}

export function planLaunch(version: ScormVersion, learner: Learner, saved: StoredAttempt | null): LaunchPlan {
  if (saved === null || saved.version !== version) return { kind: 'new', startingData: newAttemptData(version, learner) };
  const suspended = saved.lastExit === 'suspend';
  if (version === 'scorm2004' && !suspended) {
    return { kind: 'restart', startingData: newAttemptData(version, learner), lastExit: saved.lastExit };
  }
  const entry = suspended ? 'resume' : '';
  return { kind: 'resume', startingData: resumeData(saved, learner, entry), entry, totalTime: saved.totalTime };
}
