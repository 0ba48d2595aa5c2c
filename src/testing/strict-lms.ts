import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../lib/lms/scorm-api';

/**
 * scorm-again's LMS-side API wrapped in the rules real LMSs enforce and scorm-again
 * deliberately does not (Moodle's scorm_12.js / scorm_13.js, the 1.2 4,096 and 255
 * limits, identifier rules, call order). A broken rule is recorded in `violations`
 * and answered as a strict LMS would: "false" and an error code. Faults can be
 * injected: failing calls, and the API vanishing.
 * For tests only: scorm-again is never shipped in the course.
 */

export type ScormVersion = '1.2' | '2004';

type Operation = 'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit' | 'lastError' | 'errorString' | 'diagnostic';

const METHOD_NAMES: Record<ScormVersion, Record<Operation, string>> = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
};

/** Moodle's patterns (mod/scorm/datamodels/scorm_12.js, scorm_13.js), plus our identifier policy. */
const RULES = {
  '1.2': {
    identifier: /^[A-Za-z0-9_]{1,255}$/,
    timespan: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    time: /^([0-1]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
    exit: /^(time-out|suspend|logout|)$/,
    result: /^(correct|wrong|unanticipated|neutral|\d{0,3}(\.\d{1,2})?)$/,
    status: /^(passed|completed|failed|incomplete|browsed|not attempted)$/,
    decimal: /^-?\d{0,3}(\.\d{1,2})?$/,
  },
  '2004': {
    identifier: /^[\w.]{1,250}$/,
    timespan: /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/,
    time: /^(19[7-9]\d|20[0-2]\d|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2]\d|3[0-1]))(T([0-1]\d|2[0-3])((:[0-5]\d)((:[0-5]\d)((\.\d{1,2})((Z|([+|-]([0-1]\d|2[0-3])))(:[0-5]\d)?)?)?)?)?)?)?)?$/,
    exit: /^(time-out|suspend|logout|normal|)$/,
    result: /^(correct|incorrect|unanticipated|neutral|-?\d{1,4}(\.\d{1,18})?)$/,
    status: /^(completed|incomplete|not attempted|unknown|passed|failed)$/,
    decimal: /^-?\d{1,5}(\.\d{1,18})?$/,
  },
} as const;

/** Error codes a strict LMS answers a rule break with. */
const CODES = {
  '1.2': { beforeInit: '301', afterEnd: '101', twice: '101', badValue: '405', writeOnly: '404', general: '101', commit: '101' },
  '2004': { beforeInit: '132', afterEnd: '133', twice: '103', badValue: '406', writeOnly: '405', general: '101', commit: '391' },
} as const;

export interface RecordedCall {
  method: string;
  args: string[];
  result: string;
  error: string;
}

interface Fault {
  operation: Operation;
  remaining: number;
  code: string;
}

export interface StrictLmsOptions {
  /** cmi values the LMS has before the session (flattened, e.g. { 'cmi.suspend_data': '…' }). */
  data?: Record<string, string>;
}

export class StrictLms<TApi extends Scorm12Api | Scorm2004Api = Scorm12Api | Scorm2004Api> {
  readonly violations: string[] = [];
  readonly calls: RecordedCall[] = [];
  /** The object an LMS would put on window.API / window.API_1484_11. */
  readonly api: TApi;
  readonly inner: Scorm12API | Scorm2004API;
  private phase: 'new' | 'open' | 'ended' = 'new';
  private lastErrorOverride: string | null = null;
  private readonly faults: Fault[] = [];
  private vanished = false;
  private readonly interactionIds = new Set<number>();

  constructor(
    readonly version: ScormVersion,
    options: StrictLmsOptions = {},
  ) {
    // logLevel 5: scorm-again prints nothing; lmsCommitUrl false: no network.
    this.inner = version === '1.2' ? new Scorm12API({ logLevel: 5, lmsCommitUrl: false }) : new Scorm2004API({ logLevel: 5, lmsCommitUrl: false });
    if (options.data) this.inner.loadFromFlattenedJSON(options.data);
    const api: Record<string, (...args: string[]) => string> = {};
    for (const [operation, method] of Object.entries(METHOD_NAMES[version]) as [Operation, string][]) {
      api[method] = (...args: string[]) => this.handle(operation, method, args);
    }
    this.api = api as unknown as TApi;
  }

  /** Make the next `times` calls of an operation fail with `code` (default: the LMS's general failure). */
  fail(operation: Operation, times = 1, code?: string): void {
    this.faults.push({ operation, remaining: times, code: code ?? (operation === 'commit' ? CODES[this.version].commit : CODES[this.version].general) });
  }

  /** Every call throws from now on, as when the LMS frame has gone. */
  vanish(): void {
    this.vanished = true;
  }

  reappear(): void {
    this.vanished = false;
  }

  /** The LMS's data model, flattened (e.g. { 'cmi.core.lesson_status': 'passed' }). */
  values(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.inner.getFlattenedCMI()).map(([k, v]) => [k, String(v)]));
  }

  value(element: string): string | undefined {
    return this.values()[element];
  }

  /** Successful SetValue calls, in order. */
  setLog(): [string, string][] {
    return this.calls.filter((c) => c.method === METHOD_NAMES[this.version].setValue && c.result === 'true').map((c) => [c.args[0] ?? '', c.args[1] ?? '']);
  }

  count(operation: Operation): number {
    return this.calls.filter((c) => c.method === METHOD_NAMES[this.version][operation]).length;
  }

  private handle(operation: Operation, method: string, args: string[]): string {
    if (this.vanished) throw new TypeError(`Permission denied to access property "${method}"`);
    const result = this.run(operation, args);
    if (operation !== 'lastError' && operation !== 'errorString' && operation !== 'diagnostic') {
      this.calls.push({ method, args, result, error: this.currentError() });
    }
    return result;
  }

  private currentError(): string {
    return this.lastErrorOverride ?? String(this.innerCall('lastError', []));
  }

  private innerCall(operation: Operation, args: string[]): string {
    const target = this.inner as unknown as Record<string, (...a: string[]) => unknown>;
    const fn = target[METHOD_NAMES[this.version][operation]] as (...a: string[]) => unknown;
    return String(fn.apply(this.inner, args));
  }

  private refuse(code: string, violation: string | null): string {
    if (violation) this.violations.push(violation);
    this.lastErrorOverride = code;
    return 'false';
  }

  private run(operation: Operation, args: string[]): string {
    const codes = CODES[this.version];
    if (operation === 'lastError') return this.currentError();
    if (operation === 'errorString' || operation === 'diagnostic') return this.innerCall(operation, args);
    this.lastErrorOverride = null;

    if (operation === 'initialize' && this.phase !== 'new') return this.refuse(codes.twice, `${this.version}: Initialize called again`);
    if (operation !== 'initialize' && this.phase === 'new') return this.refuse(codes.beforeInit, `${this.version}: ${operation}(${args.join(', ')}) before Initialize`);
    if (this.phase === 'ended') return this.refuse(codes.afterEnd, `${this.version}: ${operation}(${args.join(', ')}) after Terminate`);

    const fault = this.faults.find((f) => f.operation === operation && f.remaining > 0);
    if (fault) {
      fault.remaining -= 1;
      return this.refuse(fault.code, null);
    }

    if (operation === 'getValue') {
      const violation = this.readViolation(args[0] ?? '');
      if (violation) {
        this.refuse(codes.writeOnly, violation);
        return '';
      }
    }
    if (operation === 'setValue') {
      const violation = this.writeViolation(args[0] ?? '', args[1] ?? '');
      if (violation) return this.refuse(codes.badValue, violation);
    }

    const result = this.innerCall(operation, args);
    if (operation === 'initialize' && result === 'true') this.phase = 'open';
    if (operation === 'terminate' && result === 'true') this.phase = 'ended';
    if (operation === 'setValue' && result === 'true') {
      const index = /^cmi\.interactions\.(\d+)\.id$/.exec(args[0] ?? '')?.[1];
      if (index !== undefined) this.interactionIds.add(Number(index));
    }
    return result;
  }

  private readViolation(element: string): string | null {
    if (this.version === '1.2' && /^cmi\.interactions\.\d+\./.test(element)) return `1.2: interactions are write-only, but ${element} was read`;
    return null;
  }

  private writeViolation(element: string, value: string): string | null {
    const rules = RULES[this.version];
    const bad = (what: string) => `${this.version}: ${element} = "${value}" ${what}`;
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (this.version === '1.2') {
      if (element === 'cmi.suspend_data' && value.length > 4096) return bad(`is ${value.length} characters (limit 4096)`);
      if (element === 'cmi.core.lesson_location' && value.length > 255) return bad(`is ${value.length} characters (limit 255)`);
      if (element === 'cmi.core.session_time' && !rules.timespan.test(value)) return bad('is not a CMITimespan');
      if (element === 'cmi.core.lesson_status' && !rules.status.test(value)) return bad('is not a lesson status');
      if (element === 'cmi.core.exit' && !rules.exit.test(value)) return bad('is not a 1.2 exit value');
      if (/^cmi\.(core\.|objectives\.\d+\.)score\.(raw|min|max)$/.test(element) && !(rules.decimal.test(value) && Number(value) >= 0 && Number(value) <= 100)) return bad('is not a score 0..100');
    } else {
      if (element === 'cmi.session_time' && !rules.timespan.test(value)) return bad('is not a timeinterval');
      if (element === 'cmi.exit' && !rules.exit.test(value)) return bad('is not an exit value');
      if (/^cmi\.(completion|success)_status$/.test(element) && !rules.status.test(value)) return bad('is not a status');
      if (/score\.(raw|min|max|scaled)$/.test(element) && !rules.decimal.test(value)) return bad('is not a decimal');
    }
    if (/^cmi\.objectives\.\d+\.id$/.test(element) && !rules.identifier.test(value)) return bad('is not a safe identifier');
    if (interaction) {
      const [, indexText, field] = interaction;
      const index = Number(indexText);
      const count = Number(this.innerCall('getValue', ['cmi.interactions._count']));
      if (field === 'id') {
        if (!rules.identifier.test(value)) return bad('is not a safe identifier');
        if (this.interactionIds.has(index) || index < count) return bad('rewrites an interaction already recorded');
        if (index > count) return bad(`skips ahead of cmi.interactions._count (${count})`);
      }
      if (field === 'time' && !rules.time.test(value)) return bad('is not a CMITime');
      if (field === 'timestamp' && !rules.time.test(value)) return bad('is not a SCORM 2004 time');
      if (field === 'latency' && !rules.timespan.test(value)) return bad('is not a timespan');
      if (field === 'result' && !rules.result.test(value)) return bad('is not a result');
      if (this.version === '1.2' && field === 'student_response' && value.length > 255) return bad('is longer than 255 characters');
      if (this.version === '2004' && (field === 'learner_response' || /^correct_responses\.\d+\.pattern$/.test(field ?? ''))) {
        const type = this.innerCall('getValue', [`cmi.interactions.${index}.type`]);
        if (type === 'choice' || type === 'sequencing' || type === 'matching') {
          const ids = value.split(/\[,\]|\[\.\]/);
          if (!ids.every((id) => rules.identifier.test(id))) return bad('contains a response id Moodle rejects');
        }
      }
    }
    return null;
  }
}

export const strictLms12 = (options?: StrictLmsOptions) => new StrictLms<Scorm12Api>('1.2', options);
export const strictLms2004 = (options?: StrictLmsOptions) => new StrictLms<Scorm2004Api>('2004', options);
