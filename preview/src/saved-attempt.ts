import { z } from 'zod';
import { SCORM_VERSIONS, type LaunchOptions } from './launch-options';

/** One learner record per course and version, whichever LMS profile plays it (as one LMS keeps one record). */
type RecordOf = Pick<LaunchOptions, 'courseId' | 'version'>;

/**
 * What the preview keeps between launches, as an LMS keeps its tracking tables:
 * the cmi data as scorm-again renders it (`renderCMIToJSONObject().cmi`), the total
 * time including the session that just ended, and how that session exited.
 * Stored in the preview page's localStorage.
 */
export const StoredAttemptSchema = z.strictObject({
  format: z.literal(1),
  version: z.enum(SCORM_VERSIONS),
  cmi: z.record(z.string(), z.unknown()),
  /** cmi total_time + this session's session_time, in the version's time format. */
  totalTime: z.string(),
  /** cmi.core.exit (1.2) or cmi.exit (2004) as the course last set it. */
  lastExit: z.string(),
});
export type StoredAttempt = z.infer<typeof StoredAttemptSchema>;

/**
 * One entry per course, version and learner id, as an LMS keeps one record per learner.
 * Prefixed so that nothing the course itself keeps in localStorage (same origin) can clash.
 */
export const storageKey = (options: RecordOf, learnerId: string): string =>
  `preview-lms:v1:${options.courseId}:${options.version}:${learnerId}`;

export type ReadResult = { attempt: StoredAttempt | null; problem: string | null };

export function readStoredAttempt(storage: Storage, options: RecordOf, learnerId: string): ReadResult {
  const raw = storage.getItem(storageKey(options, learnerId));
  if (raw === null) return { attempt: null, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { attempt: null, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = StoredAttemptSchema.safeParse(json);
  if (!parsed.success) return { attempt: null, problem: z.prettifyError(parsed.error) };
  if (parsed.data.version !== options.version) {
    return { attempt: null, problem: `saved for ${parsed.data.version}, not ${options.version}` };
  }
  return { attempt: parsed.data, problem: null };
}

export function writeStoredAttempt(storage: Storage, options: RecordOf, learnerId: string, attempt: StoredAttempt): void {
  storage.setItem(storageKey(options, learnerId), JSON.stringify(attempt));
}

export function clearStoredAttempt(storage: Storage, options: RecordOf, learnerId: string): void {
  storage.removeItem(storageKey(options, learnerId));
}
