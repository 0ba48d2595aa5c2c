import type { LmsCalls } from './scorm-api';
import type { ProblemReason, Scheduler, TrackingEvent, TrackingLogger } from './tracking-port';

/**
 * A session with an LMS API that survives the LMS misbehaving. Every value the
 * course sets is remembered; a value is only forgotten once the LMS has accepted
 * it, or has rejected it for good (a data-model error: retrying cannot help).
 * When a call fails for any other reason (it returns "false" with a general error,
 * throws, or the API has gone), the value stays pending, the learner is told, and a
 * commit is retried with backoff; every later call writes what is pending again.
 * Initialize and Terminate are each called at most once.
 */

/** A value read from the LMS as text: numbers and booleans as written, nothing as "". */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** A `_count` as an integer, whether the LMS gave 3, "3" or "3.0"; anything else is 0. */
export function countOf(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(asText(value).trim(), 10);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000];

export type Failure = { ok: false; rejected: boolean; threw: boolean; detail: string };
export type Outcome = { ok: true; value: string } | Failure;

/** What writes attached to a connection (attachWrites) may do with the LMS. */
export interface LmsAccess {
  /** A GetValue that never throws; a failure is not reported until passed to `failed`. */
  get(element: string): Outcome;
  /** A SetValue that never throws; `rejected` when the LMS refused the value for good. */
  set(element: string, value: string): Outcome;
  /** Reports a call that failed (not one rejected) as a problem, and returns false. */
  failed(outcome: Failure): false;
  warn(message: string): void;
}

/** Writes a connection runs after its values: false at a failure (what is left is kept for the retry). */
export interface ExtraWrites {
  write(lms: LmsAccess): boolean;
}

export interface LmsConnectionOptions {
  calls: LmsCalls;
  /** LMS error codes that mean "this value is not acceptable", as opposed to "the LMS failed". */
  rejectedCodes: ReadonlySet<string>;
  /** Error codes after Initialize that mean a session is already open (and usable). */
  alreadyOpenCodes: ReadonlySet<string>;
  scheduler: Scheduler;
  logger: TrackingLogger;
  retryDelaysMs?: readonly number[];
  /** Told of each element the LMS rejected for good (after its value was dropped). */
  onRejected?: (element: string) => void;
}

export class LmsConnection {
  private phase: 'new' | 'open' | 'refused' | 'closed' = 'new';
  /** Latest value of every element set, in first-set order (an objective's id before its status). */
  private readonly values = new Map<string, string>();
  /** Elements whose latest value the LMS has not accepted yet (a subset of `values`, same order). */
  private readonly pending = new Set<string>();
  /** Writes that are more than setting a value (an interaction takes the next free slot), once attached. */
  private extraWrites: ExtraWrites | null = null;
  private readonly listeners = new Set<(event: TrackingEvent) => void>();
  private readonly retryDelaysMs: readonly number[];
  private retryTimer: unknown = null;
  private retryCount = 0;
  private troubled = false;

  constructor(private readonly options: LmsConnectionOptions) {
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  get isOpen(): boolean {
    return this.phase === 'open';
  }

  subscribe(listener: (event: TrackingEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Initialize, once. False if the LMS refused. */
  open(): boolean {
    if (this.phase !== 'new') return this.phase === 'open';
    const outcome = this.call('Initialize', () => this.options.calls.initialize());
    if (outcome.ok || this.lastErrorIn(this.options.alreadyOpenCodes)) {
      this.phase = 'open';
      return true;
    }
    this.phase = 'refused';
    this.reportProblem('not-connected', `The LMS did not start a session: ${outcome.detail}`);
    return false;
  }

  /** A value from the LMS, or null if it has none or could not give it. */
  read(element: string): string | null {
    if (this.phase !== 'open') return null;
    const outcome = this.call(`GetValue("${element}")`, () => this.options.calls.getValue(element), true);
    return outcome.ok ? outcome.value : null;
  }

  /** Remember a value to send; `flush` or `commit` sends it. Unchanged values are not sent again. */
  set(element: string, value: string): void {
    if (this.values.get(element) === value) return;
    this.values.set(element, value);
    this.pending.add(element);
  }

  /** Adds writes that are more than setting a value; they run after the values, at every flush, commit and retry. */
  attachWrites(writes: ExtraWrites): void {
    this.extraWrites = writes;
  }

  /**
   * Forgets every value under `prefix`, sent or not: an objective whose id the LMS refused was
   * not created (or the index holds another objective), so its other fields must not be
   * written there, over someone else's.
   */
  forgetUnder(prefix: string): void {
    for (const element of [...this.values.keys()]) {
      if (!element.startsWith(prefix)) continue;
      this.values.delete(element);
      this.pending.delete(element);
    }
  }

  /** Send what is pending without committing; on failure, schedule a retry. */
  flush(): void {
    if (this.phase !== 'open') return;
    if (!this.writePending()) this.scheduleRetry();
  }

  commit(): boolean {
    if (this.phase !== 'open') return false;
    if (this.retryTimer === null) this.retryCount = 0;
    return this.tryCommit();
  }

  /** Send what is pending, then Terminate (once). Nothing is called afterwards. */
  close(): void {
    if (this.phase !== 'open') {
      this.phase = 'closed';
      return;
    }
    this.cancelRetry();
    this.writePending();
    const committed = this.call('Commit', () => this.options.calls.commit());
    const terminated = this.call('Terminate', () => this.options.calls.terminate());
    this.phase = 'closed';
    if (!terminated.ok) this.reportProblem('save-failed', `Ending the LMS session failed: ${terminated.detail}`);
    else if (!committed.ok) this.reportProblem('save-failed', `The final commit failed (the session ended anyway): ${committed.detail}`);
  }

  private tryCommit(): boolean {
    if (!this.writePending()) {
      this.scheduleRetry();
      return false;
    }
    const outcome = this.call('Commit', () => this.options.calls.commit());
    if (!outcome.ok) {
      // The LMS may have lost what it was given since the last good commit: give it all again.
      for (const element of this.values.keys()) this.pending.add(element);
      this.reportProblem('save-failed', `Commit failed: ${outcome.detail}`);
      this.scheduleRetry();
      return false;
    }
    this.cancelRetry();
    this.retryCount = 0;
    if (this.troubled) {
      this.troubled = false;
      this.options.logger.info('Tracking: the LMS is saving again.');
      this.emit({ type: 'recovered' });
    }
    return true;
  }

  /** Writes pending values, then the attached writes (interactions). False at the first failure (the rest stays pending). */
  private writePending(): boolean {
    for (const element of [...this.pending]) {
      // Forgotten while this loop ran (an objective whose id was just refused): never written.
      if (!this.pending.has(element)) continue;
      const value = this.values.get(element) ?? '';
      const outcome = this.call(`SetValue("${element}")`, () => this.options.calls.setValue(element, value));
      if (!outcome.ok && !outcome.rejected) return this.failed(outcome);
      if (!outcome.ok) {
        this.options.logger.warn(`Tracking: the LMS rejected ${element} = "${value}": ${outcome.detail}`);
        this.values.delete(element);
        this.options.onRejected?.(element);
      }
      this.pending.delete(element);
    }
    if (this.extraWrites) return this.extraWrites.write(this.access);
    return true;
  }

  /** What attached writes may do: single calls that never throw, and reporting a failure. */
  private readonly access: LmsAccess = {
    get: (element) => this.call(`GetValue("${element}")`, () => this.options.calls.getValue(element), true),
    set: (element, value) => this.call(`SetValue("${element}")`, () => this.options.calls.setValue(element, value)),
    failed: (outcome) => this.failed(outcome),
    warn: (message) => this.options.logger.warn(message),
  };

  private failed(outcome: Failure): false {
    this.reportProblem(outcome.threw ? 'lms-unavailable' : 'save-failed', `Saving to the LMS failed: ${outcome.detail}`);
    return false;
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null || this.phase !== 'open') return;
    const delay = this.retryDelaysMs[this.retryCount];
    if (delay === undefined) {
      this.options.logger.error('Tracking: the LMS is still not saving; trying again at the next save.');
      return;
    }
    this.retryCount += 1;
    this.retryTimer = this.options.scheduler.setTimeout(() => {
      this.retryTimer = null;
      if (this.phase === 'open') this.tryCommit();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryTimer === null) return;
    this.options.scheduler.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private reportProblem(reason: ProblemReason, detail: string): void {
    this.troubled = true;
    this.options.logger.warn(`Tracking: ${detail}`);
    this.emit({ type: 'problem', problem: { reason, detail } });
  }

  private emit(event: TrackingEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.options.logger.error('Tracking: a problem listener failed', error);
      }
    }
  }

  private lastErrorIn(codes: ReadonlySet<string>): boolean {
    try {
      return codes.has(String(this.options.calls.lastError()));
    } catch {
      return false;
    }
  }

  /**
   * One API call, never throwing. A get succeeds when the LMS reports no error; a set,
   * commit, initialize or terminate when it returns "true". Otherwise the LMS's error
   * code says whether the value was rejected or the LMS failed.
   */
  private call(name: string, run: () => unknown, isGet = false): Outcome {
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      return { ok: false, rejected: false, threw: true, detail: `${name} threw ${String(error)}` };
    }
    const code = this.errorCode();
    // LMSs return what their JavaScript happens to hold: Moodle gives `_count` and scores as
    // numbers, some LMSs give booleans, unset values come back as "" or undefined. Only
    // the error code (and an explicit false from a call that should be "true") says a call failed.
    const noError = code === '0' || code === '';
    const succeeded = isGet ? noError : noError && result !== false && String(result) !== 'false';
    if (succeeded) return { ok: true, value: asText(result) };
    return { ok: false, rejected: this.options.rejectedCodes.has(code), threw: false, detail: `${name} returned ${JSON.stringify(result)}, error ${code}${this.errorText(code)}` };
  }

  private errorCode(): string {
    try {
      return String(this.options.calls.lastError() ?? '');
    } catch {
      return '';
    }
  }

  private errorText(code: string): string {
    try {
      const text = this.options.calls.errorString(code);
      return typeof text === 'string' && text !== '' ? ` (${text})` : '';
    } catch {
      return '';
    }
  }
}
