import { describe, expect, it } from 'vitest';
import type { LaunchOptions } from './launch-options';
import { clearStoredAttempt, readStoredAttempt, storageKey, writeStoredAttempt, type StoredAttempt } from './saved-attempt';

/** Just enough of the Storage interface, so the test runs in node. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const options: LaunchOptions = { courseId: 'risks-to-children', version: 'scorm12', profile: 'scorm-again' };
const attempt: StoredAttempt = {
  format: 1,
  version: 'scorm12',
  cmi: { suspend_data: 'abc', core: { lesson_status: 'incomplete' } },
  totalTime: '00:10:00',
  lastExit: 'suspend',
};

describe('stored attempts', () => {
  it('round-trips an attempt per course, version and learner', () => {
    const storage = new MemoryStorage();
    writeStoredAttempt(storage, options, 'learner-1', attempt);
    expect(readStoredAttempt(storage, options, 'learner-1')).toEqual({ attempt, problem: null });
    expect(readStoredAttempt(storage, options, 'learner-2')).toEqual({ attempt: null, problem: null });
    expect(readStoredAttempt(storage, { ...options, version: 'scorm2004' }, 'learner-1').attempt).toBeNull();
  });

  it('uses a key of its own, so the course (same origin) cannot clash with it', () => {
    expect(storageKey(options, 'learner-1')).toBe('preview-lms:v1:risks-to-children:scorm12:learner-1');
  });

  it('is gone after clearing', () => {
    const storage = new MemoryStorage();
    writeStoredAttempt(storage, options, 'learner-1', attempt);
    clearStoredAttempt(storage, options, 'learner-1');
    expect(readStoredAttempt(storage, options, 'learner-1').attempt).toBeNull();
  });

  it('ignores unreadable data and says what is wrong with it', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey(options, 'a'), '{not json');
    storage.setItem(storageKey(options, 'b'), JSON.stringify({ ...attempt, totalTime: 5 }));
    expect(readStoredAttempt(storage, options, 'a')).toEqual({ attempt: null, problem: expect.stringMatching(/^not JSON/) });
    expect(readStoredAttempt(storage, options, 'b')).toEqual({ attempt: null, problem: expect.stringContaining('totalTime') });
  });
});
