/**
 * The API objects an LMS puts on one of the course's ancestor windows
 * (`window.API` for SCORM 1.2, `window.API_1484_11` for SCORM 2004), and one
 * shape for both so the connection code is written once. Results are `unknown`:
 * real LMSs return "true", true, undefined or throw, and all of it is handled.
 * The 2004 API's own code is in scorm2004-api.ts: a SCORM 1.2 package downloads only
 * this chunk (which the 2004 one builds on), so it holds no 2004 code.
 */

export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

export interface LmsCalls {
  initialize(): unknown;
  terminate(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

export const SCORM12_API_NAME = 'API';

export const hasMethods = (value: unknown, names: readonly string[]): boolean =>
  typeof value === 'object' && value !== null && names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

export const isScorm12Api = (value: unknown): value is Scorm12Api =>
  hasMethods(value, ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError']);


// Methods are looked up on every call, so an API object whose methods go away
// mid-session fails that call (and is retried) instead of failing forever.
export const scorm12Calls = (api: Scorm12Api): LmsCalls => ({
  initialize: () => api.LMSInitialize(''),
  terminate: () => api.LMSFinish(''),
  getValue: (element) => api.LMSGetValue(element),
  setValue: (element, value) => api.LMSSetValue(element, value),
  commit: () => api.LMSCommit(''),
  lastError: () => api.LMSGetLastError(),
  errorString: (code) => api.LMSGetErrorString(code),
});
