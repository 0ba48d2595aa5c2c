// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../testing/silent-logger';
import { createStandalonePort, standaloneStorageKey, type ProgressStorage } from './standalone-adapter';
import type { TrackingEvent } from './tracking-port';

afterEach(() => localStorage.clear());

describe('standalone tracking (no LMS)', () => {
  it('starts afresh, then resumes from what this browser saved for the course', () => {
    const first = createStandalonePort({ courseId: 'risks-to-children', logger: silentLogger() });
    expect(first.start()).toMatchObject({ entry: 'ab-initio', suspendData: '', location: '' });
    first.saveProgress('os1.HAabc', 'contact.intro');
    first.finish({ finished: false });

    const next = createStandalonePort({ courseId: 'risks-to-children', logger: silentLogger() });
    expect(next.start()).toEqual({
      connected: true,
      entry: 'resume',
      suspendData: 'os1.HAabc',
      location: 'contact.intro',
      learnerId: null,
      learnerName: null,
      language: null,
    });
  });

  it('keeps each course\'s progress apart, and sets no cookies', () => {
    createStandalonePort({ courseId: 'risks-to-children', logger: silentLogger() }).saveProgress('os1.HAone', 'menu');
    const other = createStandalonePort({ courseId: 'parents-and-carers', logger: silentLogger() });
    expect(other.start().suspendData).toBe('');
    expect(localStorage.getItem(standaloneStorageKey('risks-to-children'))).toContain('os1.HAone');
    expect(document.cookie).toBe('');
  });

  it('ignores unreadable saved data and says so in the log', () => {
    localStorage.setItem(standaloneStorageKey('risks-to-children'), '{not json');
    const logger = silentLogger();
    expect(createStandalonePort({ courseId: 'risks-to-children', logger }).start().suspendData).toBe('');
    expect(logger.warn).toHaveBeenCalled();
  });

  it('tells the learner when the browser refuses to store progress, and when it stores it again', () => {
    let full = true;
    const saved = new Map<string, string>();
    const storage: ProgressStorage = {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        saved.set(key, value);
      },
    };
    const port = createStandalonePort({ courseId: 'risks-to-children', storage, logger: silentLogger() });
    const events: TrackingEvent[] = [];
    port.subscribe((e) => events.push(e));
    port.start();
    port.saveProgress('os1.HAkept', 'menu');
    expect(events).toEqual([{ type: 'problem', problem: expect.objectContaining({ reason: 'storage-unavailable' }) }]);
    full = false;
    expect(port.commit()).toBe(true);
    expect(saved.get(standaloneStorageKey('risks-to-children'))).toContain('os1.HAkept');
    expect(events.at(-1)).toEqual({ type: 'recovered' });
  });
});
