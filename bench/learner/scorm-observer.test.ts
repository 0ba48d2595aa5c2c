// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { installScormObserver } from './scorm-observer';

/** A stand-in for scorm-again's SCORM 1.2 object: the observer only sees its methods. */
function fakeApi() {
  const values: Record<string, string> = {};
  return {
    LMSInitialize: () => 'true',
    LMSSetValue: (element: string, value: string) => {
      if (element === 'cmi.core.bad') return 'false';
      values[element] = value;
      return 'true';
    },
    LMSGetValue: (element: string) => values[element] ?? '',
    LMSCommit: () => 'true',
    LMSGetLastError: () => '201',
    LMSFinish: () => 'true',
  };
}

const stats = () => window.__benchScormStats!;

beforeAll(() => installScormObserver());

describe('installScormObserver', () => {
  it('counts calls on the API object the preview publishes, by method, with commits and the longest suspend_data', () => {
    Reflect.deleteProperty(window, 'API');
    Reflect.set(window, 'API', fakeApi());
    const api = Reflect.get(window, 'API') as ReturnType<typeof fakeApi>;
    api.LMSInitialize();
    api.LMSSetValue('cmi.suspend_data', 'abcdef');
    api.LMSSetValue('cmi.suspend_data', 'abc');
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSCommit();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(stats().calls).toEqual({ LMSInitialize: 1, LMSSetValue: 3, LMSCommit: 1, LMSGetValue: 1 });
    expect(stats().total).toBe(6);
    expect(stats().commits).toBe(1);
    expect(stats().maxSuspendDataLength).toBe(6);
    expect(stats().lastValues['cmi.core.lesson_status']).toBe('incomplete');
  });

  it('records refused calls with their error code, without counting the error lookup as a course call', () => {
    const api = Reflect.get(window, 'API') as ReturnType<typeof fakeApi>;
    const before = stats().total;
    api.LMSSetValue('cmi.core.bad', 'x');
    expect(stats().failed).toEqual([{ method: 'LMSSetValue', args: ['cmi.core.bad', 'x'], errorCode: '201' }]);
    expect(stats().total).toBe(before + 1);
  });

  it('keeps counting when a new launch replaces the API object', () => {
    const before = stats().calls['LMSFinish'] ?? 0;
    Reflect.set(window, 'API', fakeApi());
    (Reflect.get(window, 'API') as ReturnType<typeof fakeApi>).LMSFinish();
    expect(stats().calls['LMSFinish']).toBe(before + 1);
  });
});
