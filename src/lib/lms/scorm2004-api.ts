import { findApi, type WindowLike } from './api-discovery';
import { hasMethods, type LmsCalls, type Scorm2004Api } from './scorm-api';

/**
 * The SCORM 2004 API object (`window.API_1484_11`): finding it and calling it. Only the 2004
 * chunk holds this; the SCORM 1.2 chunk it builds on has the rest (scorm-api.ts, api-discovery.ts).
 */

export const SCORM2004_API_NAME = 'API_1484_11';

export const isScorm2004Api = (value: unknown): value is Scorm2004Api =>
  hasMethods(value, ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError']);

// Methods are looked up on every call, as for 1.2 (scorm-api.ts).
export const scorm2004Calls = (api: Scorm2004Api): LmsCalls => ({
  initialize: () => api.Initialize(''),
  terminate: () => api.Terminate(''),
  getValue: (element) => api.GetValue(element),
  setValue: (element, value) => api.SetValue(element, value),
  commit: () => api.Commit(''),
  lastError: () => api.GetLastError(),
  errorString: (code) => api.GetErrorString(code),
});

export const findScorm2004Api = (win: WindowLike): Scorm2004Api | null => findApi(win, SCORM2004_API_NAME, isScorm2004Api) as Scorm2004Api | null;
