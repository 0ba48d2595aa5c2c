import type { Settings } from 'scorm-again';
import { Scorm12API } from 'scorm-again/scorm12';
import { Scorm2004API } from 'scorm-again/scorm2004';
import type { ScormVersion } from './launch-options';
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
  result: string;
  errorCode: string;
  /** The preview made this call itself (closing a course that did not terminate). */
  byPreview: boolean;
}

interface MethodNames {
  initialize: string;
  terminate: string;
  getValue: string;
  setValue: string;
  commit: string;
  getLastError: string;
  getErrorString: string;
  getDiagnostic: string;
}

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

type ApiMethod = (...args: unknown[]) => string;

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
  startingData: Record<string, unknown>,
  onCall: (call: ApiCall) => void,
): LmsSession {
  const api = version === 'scorm12' ? new Scorm12API({ ...SETTINGS }) : new Scorm2004API({ ...SETTINGS });
  // Before Initialize, as an LMS does: read-only values (entry, learner, total_time) lock after it.
  api.loadFromJSON(startingData, '');
  const methods = METHOD_NAMES[version];

  // The API methods are instance properties (arrow functions), so they can be replaced per object.
  const table = api as unknown as Record<string, ApiMethod>;
  const originals = new Map<string, ApiMethod>();
  for (const method of Object.values(methods)) {
    const original = table[method];
    if (typeof original !== 'function') throw new Error(`scorm-again ${version} API has no ${method} method`);
    originals.set(method, original);
    table[method] = (...args: unknown[]): string => {
      const result = original.apply(api, args);
      onCall({ method, args: args.map(String), result: String(result), errorCode: api.lastErrorCode, byPreview: false });
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
      const terminate = originals.get(methods.terminate);
      if (!terminate) return;
      const result = terminate.apply(api, ['']);
      onCall({ method: methods.terminate, args: [''], result: String(result), errorCode: api.lastErrorCode, byPreview: true });
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
