import type { Scheduler } from '../lib/lms/tracking-port';

/** Timers that run only when a test advances time, so retries and backoff are tested without waiting. */
export class FakeScheduler implements Scheduler {
  private time = 0;
  private nextId = 1;
  private timers: { id: number; at: number; callback: () => void }[] = [];

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Delays (from now) of the timers waiting to run. */
  pending(): number[] {
    return this.timers.map((t) => t.at - this.time);
  }

  /** Move time on, running every timer that falls due, in order (including ones they set). */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = until;
  }

  /** Run timers until none are left (bounded, in case something reschedules forever). */
  runAll(limit = 100): void {
    for (let i = 0; i < limit && this.timers.length > 0; i++) this.advance(Math.min(...this.pending()));
  }
}
