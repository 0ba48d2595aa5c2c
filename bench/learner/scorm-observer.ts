import type { Page } from 'playwright-core';

/**
 * Counts what the course asks of the LMS. Installed as an init script in the preview
 * page: window.API and window.API_1484_11 become accessors, so the moment the preview
 * publishes its scorm-again object, every API method on it is wrapped with a counter.
 * The course itself is not touched; it finds the API through its parent as usual.
 */

export interface ScormStats {
  /** Calls per API method name (LMSInitialize, LMSSetValue, …). */
  calls: Record<string, number>;
  total: number;
  commits: number;
  /** Calls that returned "false" (the LMS refused them). */
  failed: { method: string; args: string[]; errorCode: string }[];
  /** Longest cmi.suspend_data value written. */
  maxSuspendDataLength: number;
  /** Last value written to each element (lesson_status, score, …). */
  lastValues: Record<string, string>;
  /** Calls answered with an error code other than 0 (SCORM 2004 GetValue 403, "not initialised", is the spec's answer for an unset value and is left out). */
  errors: { method: string; args: string[]; errorCode: string }[];
  /** In order: the sets tracking figures are made of (objective status, course score, interaction ids) and every commit, with whether it succeeded. */
  timeline: { kind: 'set' | 'commit'; element: string; value: string; ok: boolean }[];
}

declare global {
  interface Window {
    __benchScormStats?: ScormStats;
  }
}

/** Runs in the page (serialised by Playwright): no references to anything outside it. */
export function installScormObserver(): void {
  if (window !== window.top) return;
  const stats: ScormStats = { calls: {}, total: 0, commits: 0, failed: [], maxSuspendDataLength: 0, lastValues: {}, errors: [], timeline: [] };
  const tracked = /^cmi\.(objectives\.\d+\.(id|status|completion_status)|interactions\.\d+\.id|core\.score\.raw|score\.raw)$/;
  window.__benchScormStats = stats;
  const methodNames = ['Initialize', 'Finish', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
  const apiMethods = [...methodNames.map((name) => `LMS${name}`), ...methodNames];
  const wrapped = new WeakSet<object>();

  const wrap = (api: unknown): void => {
    if (typeof api !== 'object' || api === null || wrapped.has(api)) return;
    wrapped.add(api);
    const table = api as Record<string, unknown>;
    const originals = new Map<string, (...args: unknown[]) => unknown>();
    // Looked up by name, so methods on the prototype are found as well as own ones.
    for (const name of apiMethods) {
      const method = table[name];
      if (typeof method === 'function') originals.set(name, method as (...args: unknown[]) => unknown);
    }
    const getLastError = originals.get('LMSGetLastError') ?? originals.get('GetLastError');
    for (const [name, original] of originals) {
      table[name] = (...args: unknown[]): unknown => {
        const result: unknown = Reflect.apply(original, api, args);
        stats.calls[name] = (stats.calls[name] ?? 0) + 1;
        stats.total += 1;
        if (/Commit$/.test(name)) stats.commits += 1;
        if (/SetValue$/.test(name) && typeof args[0] === 'string') {
          const value = String(args[1] ?? '');
          stats.lastValues[args[0]] = value;
          if (args[0] === 'cmi.suspend_data') stats.maxSuspendDataLength = Math.max(stats.maxSuspendDataLength, value.length);
        }
        const isError = /(GetLastError|GetErrorString|GetDiagnostic)$/.test(name);
        const code = !isError && getLastError ? String(Reflect.apply(getLastError, api, [])) : '0';
        const ok = code === '0' && result !== 'false' && result !== false;
        if (!isError && code !== '0' && !(name === 'GetValue' && code === '403')) stats.errors.push({ method: name, args: args.map(String), errorCode: code });
        if (/Commit$/.test(name)) stats.timeline.push({ kind: 'commit', element: '', value: '', ok });
        if (/SetValue$/.test(name) && typeof args[0] === 'string' && tracked.test(args[0])) stats.timeline.push({ kind: 'set', element: args[0], value: String(args[1] ?? ''), ok });
        if (result === 'false' || result === false) {
          // The unwrapped method, so looking up the error is not counted as a course call.
          const code = getLastError ? String(Reflect.apply(getLastError, api, [])) : '?';
          stats.failed.push({ method: name, args: args.map(String), errorCode: code });
        }
        return result;
      };
    }
  };

  for (const name of ['API', 'API_1484_11']) {
    let current: unknown;
    // Not configurable: the preview deletes the globals before publishing a new API
    // object; the delete then fails quietly and its assignment still reaches the setter.
    Object.defineProperty(window, name, {
      configurable: false,
      enumerable: true,
      get: () => current,
      set: (api: unknown) => {
        current = api;
        wrap(api);
      },
    });
  }
}

/**
 * The observer as an init script. tsx compiles with esbuild's keepNames, which wraps
 * named functions in calls to a `__name` helper that does not exist in the page; a
 * local stand-in keeps the serialised function working without adding a global.
 */
export const SCORM_OBSERVER_SCRIPT = `(() => { const __name = (target) => target; (${installScormObserver.toString()})(); })();`;

export async function readScormStats(page: Page): Promise<ScormStats> {
  const stats = await page.evaluate(() => window.__benchScormStats ?? null);
  if (!stats) throw new Error('The SCORM observer was not installed in the preview page');
  return stats;
}
