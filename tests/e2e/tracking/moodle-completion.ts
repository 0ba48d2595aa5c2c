import type { LoggedCall } from './lms-record';
import type { VersionFacts } from './scorm-versions';

/**
 * Moodle's activity completion for a SCORM package, worked out from what the course
 * stored, as moodle/moodle mod/scorm/classes/completion/custom_completion.php does it
 * (read, not copied):
 * - "Require status" is a bit mask of the statuses ticked (passed 2, completed 4:
 *   scorm_status_options() in mod/scorm/lib.php). Moodle reads the learner's stored
 *   values of cmi.core.lesson_status, cmi.completion_status and cmi.success_status in
 *   the order they were first stored, ORs the bit of each value that is "passed" or
 *   "completed", and the activity is complete as soon as the bits *equal* the mask.
 * - "Require minimum score" is complete once a stored cmi.core.score.raw / cmi.score.raw
 *   reaches it.
 */

export type MoodleCompletionSetting = 'passed' | 'completed' | 'passed and completed' | 'minimum score 80';
export const MOODLE_COMPLETION_SETTINGS: readonly MoodleCompletionSetting[] = ['passed', 'completed', 'passed and completed', 'minimum score 80'];

const STATUS_BITS: Record<string, number> = { passed: 2, completed: 4 };
const MASK: Record<Exclude<MoodleCompletionSetting, 'minimum score 80'>, number> = { passed: 2, completed: 4, 'passed and completed': 6 };

/** The values the LMS kept after each commit, in the order each element was first stored. */
export function storedTracks(log: readonly LoggedCall[], facts: VersionFacts): [element: string, value: string][] {
  const tracks = new Map<string, string>();
  let pending = new Map<string, string>();
  for (const call of log) {
    if (call.byPreview) continue;
    if (call.method === facts.methods.setValue && call.errorCode === '0') pending.set(call.args[0] ?? '', call.args[1] ?? '');
    const stores = call.method === facts.methods.commit || call.method === facts.methods.terminate;
    if (stores && call.errorCode === '0') {
      for (const [element, value] of pending) tracks.set(element, value);
      pending = new Map();
    }
  }
  return [...tracks];
}

export function moodleCompletion(tracks: readonly [string, string][], setting: MoodleCompletionSetting): 'complete' | 'incomplete' {
  if (setting === 'minimum score 80') {
    return tracks.some(([element, value]) => /^cmi\.(core\.)?score\.raw$/.test(element) && value !== '' && Number(value) >= 80) ? 'complete' : 'incomplete';
  }
  let bits = 0;
  for (const [element, value] of tracks) {
    if (!/^cmi\.(core\.lesson_status|completion_status|success_status)$/.test(element)) continue;
    bits |= STATUS_BITS[value] ?? 0;
    if (bits === MASK[setting]) return 'complete';
  }
  return 'incomplete';
}

export const moodleCompletions = (tracks: readonly [string, string][]): Record<MoodleCompletionSetting, 'complete' | 'incomplete'> =>
  Object.fromEntries(MOODLE_COMPLETION_SETTINGS.map((setting) => [setting, moodleCompletion(tracks, setting)])) as Record<MoodleCompletionSetting, 'complete' | 'incomplete'>;
