import type { Settings } from 'scorm-again';
import { Scorm12API } from 'scorm-again/scorm12';
import { Scorm2004API } from 'scorm-again/scorm2004';
import type { ScormVersion } from './launch-options';
import { profileStartingData, withProfile, type ApiCalls, type LmsProfile, type Operation } from './lms-profiles';
import type { StoredAttempt } from './saved-attempt';

/**
 * One launch of the course: a fresh scorm-again API object, loaded with the launch data
 * and published on window (API for 1.2, API_1484_11 for 2004) where the course looks
 * for it through its parent chain, as in Moodle. Every call the course makes is
 * recorded with its arguments, return value and error code.
 */

export interface ApiCall {
  method: string;
  args: string[];
  /** The value returned, as JSON: a number shows as 3, a string as "3". */
  result: string;
  errorCode: string;
  /** The preview made this call itself (closing a course that did not terminate). */
  byPreview: boolean;
}

type MethodNames = Record<Operation, string>;

export const METHOD_NAMES: Readonly<Record<ScormVersion, MethodNames>> = {
  scorm12: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  scorm2004: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
};

const GLOBAL_NAMES: Readonly<Record<ScormVersion, string>> = { scorm12: 'API', scorm2004: 'API_1484_11' };

const SETTINGS: Settings = {
  // No LMS server behind the preview: commits succeed locally and nothing goes over the network.
  lmsCommitUrl: false,
  autocommit: false,
  // Like a strict LMS: the course must set the status itself (Moodle's own fallback is documented in docs/preview.md).
  autoCompleteLessonStatus: false,
  logLevel: 4,
};

type ApiMethod = (...args: unknown[]) => unknown;

const shownResult = (result: unknown): string => JSON.stringify(result) ?? String(result);

export interface LmsSession {
  readonly version: ScormVersion;
  readonly methods: MethodNames;
  /** Initialized and not yet terminated. */
  isOpen(): boolean;
  /** Terminates on the course's behalf; the call is logged as made by the preview. */
  terminateForCourse(): void;
  /** The data as the LMS would store it now. */
  snapshot(): StoredAttempt;
  /** The cmi JSON and total time for the tracking panel. */
  current(): { cmi: unknown; totalTime: string };
  /** Removes the API from window so a later launch cannot reach this one. */
  dispose(): void;
}

export function openLmsSession(
  version: ScormVersion,
  profile: LmsProfile,
  startingData: Record<string, unknown>,
  onCall: (call: ApiCall) => void,
): LmsSession {
  const api = version === 'scorm12' ? new Scorm12API({ ...SETTINGS }) : new Scorm2004API({ ...SETTINGS });
  // Before Initialize, as an LMS does: read-only values (entry, learner, total_time) lock after it.
  api.loadFromJSON(profileStartingData(profile, version, startingData), '');
  const methods = METHOD_NAMES[version];

  // The API methods are instance properties (arrow functions), so they can be replaced per object.
  const table = api as unknown as Record<string, ApiMethod>;
  const originals = {} as ApiCalls;
  for (const [operation, method] of Object.entries(methods) as [Operation, string][]) {
    const original = table[method];
    if (typeof original !== 'function') throw new Error(`scorm-again ${version} API has no ${method} method`);
    originals[operation] = (...args: string[]) => original.apply(api, args);
  }
  const answered = withProfile(profile, version, originals);
  for (const [operation, method] of Object.entries(methods) as [Operation, string][]) {
    table[method] = (...args: unknown[]): unknown => {
      const result = answered[operation](...args.map(String));
      onCall({ method, args: args.map(String), result: shownResult(result), errorCode: String(answered.getLastError()), byPreview: false });
      return result;
    };
  }

  const cmiJson = (): unknown => api.renderCMIToJSONObject()['cmi'];
  const totalTime = (): string => api.cmi.getCurrentTotalTime();
  const exitOf = (cmi: unknown): string => {
    const holder = version === 'scorm12' ? (cmi as { core?: { exit?: unknown } } | undefined)?.core : cmi;
    const exit = (holder as { exit?: unknown } | undefined)?.exit;
    return typeof exit === 'string' ? exit : '';
  };

  const globalName = GLOBAL_NAMES[version];
  for (const name of Object.values(GLOBAL_NAMES)) Reflect.deleteProperty(window, name);
  Reflect.set(window, globalName, api);

  return {
    version,
    methods,
    isOpen: () => api.isInitialized() && !api.isTerminated(),
    terminateForCourse: () => {
      const result = answered.terminate('');
      onCall({ method: methods.terminate, args: [''], result: shownResult(result), errorCode: String(answered.getLastError()), byPreview: true });
    },
    snapshot: () => {
      const cmi = cmiJson();
      return {
        format: 1,
        version,
        cmi: typeof cmi === 'object' && cmi !== null ? structuredClone(cmi as Record<string, unknown>) : {},
        totalTime: totalTime(),
        lastExit: exitOf(cmi),
      };
    },
    current: () => ({ cmi: cmiJson(), totalTime: totalTime() }),
    dispose: () => {
      if (Reflect.get(window, globalName) === api) Reflect.deleteProperty(window, globalName);
    },
  };
}
