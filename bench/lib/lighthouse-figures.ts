import type { Result } from 'lighthouse';
import { z } from 'zod';

/**
 * Reads figures out of a Lighthouse result. The result's audit details are loosely
 * typed, so the one table the bench relies on (network-requests) is checked with zod
 * and a change in Lighthouse's output shows up as a clear error, not as zeros.
 */

const NetworkItemSchema = z.object({
  url: z.string(),
  resourceType: z.string().optional(),
  transferSize: z.number().optional(),
  resourceSize: z.number().optional(),
  /** ms from the first request of the run. */
  networkRequestTime: z.number().optional(),
});
const NetworkTableSchema = z.object({ type: z.literal('table'), items: z.array(NetworkItemSchema) });

export interface NetworkEntry {
  url: string;
  /** Chrome's resource type: Document, Script, Stylesheet, Font, Image, Fetch, XHR, Other… */
  resourceType: string;
  transferSize: number;
  resourceSize: number;
  startMs: number | null;
}

export function networkEntries(lhr: Result): NetworkEntry[] {
  const parsed = NetworkTableSchema.safeParse(lhr.audits['network-requests']?.details);
  if (!parsed.success) {
    throw new Error(`Lighthouse result → audits["network-requests"].details: not the expected table (${parsed.error.issues[0]?.message ?? 'unknown shape'})`);
  }
  return parsed.data.items.map((item) => ({
    url: item.url,
    resourceType: item.resourceType ?? 'Other',
    transferSize: item.transferSize ?? 0,
    resourceSize: item.resourceSize ?? 0,
    startMs: item.networkRequestTime ?? null,
  }));
}

/** A category score as 0..100, or null when the category was not scored in this mode. */
export function categoryScore(lhr: Result, categoryId: CategoryId): number | null {
  const score = lhr.categories[categoryId]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

export type CategoryId = 'performance' | 'accessibility' | 'best-practices';

/** The scored audits of a category that did not get full marks, as "id (score)", worst first. */
export function auditsBelowFullMarks(lhr: Result, categoryId: CategoryId): string[] {
  const refs = lhr.categories[categoryId]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => {
      const score = lhr.audits[ref.id]?.score;
      return typeof score === 'number' && score < 1 ? [{ id: ref.id, score }] : [];
    })
    .sort((a, b) => a.score - b.score)
    .map(({ id, score }) => `${id} (${Math.round(score * 100)})`);
}

/** An audit's numeric value (ms for timings), or null when the audit did not run in this mode. */
export function auditValue(lhr: Result, auditId: string): number | null {
  const audit = lhr.audits[auditId];
  if (!audit || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'error') return null;
  return typeof audit.numericValue === 'number' ? audit.numericValue : null;
}

const MetricsSchema = z.object({ items: z.array(z.object({ observedFirstContentfulPaint: z.number().optional() })).min(1) });

/**
 * First contentful paint as observed (unthrottled, ms from navigation start). Request
 * times in the network table count from the first request, which cannot start before
 * navigation, so comparing a font request's start with this errs towards "early".
 */
export function observedFcpMs(lhr: Result): number | null {
  const parsed = MetricsSchema.safeParse(lhr.audits['metrics']?.details);
  return parsed.success ? (parsed.data.items[0]?.observedFirstContentfulPaint ?? null) : null;
}

/**
 * The run to report out of several: the one with the median performance score (the
 * lower middle for an even count), ties broken by the order the runs were made.
 */
export function medianRunIndex(performanceScores: readonly (number | null)[]): number {
  if (performanceScores.length === 0) throw new Error('medianRunIndex: no runs to choose from');
  const order = performanceScores
    .map((score, index) => ({ score: score ?? -1, index }))
    .sort((a, b) => a.score - b.score || a.index - b.index);
  const median = order[Math.floor((order.length - 1) / 2)];
  if (!median) throw new Error('medianRunIndex: no median run');
  return median.index;
}

const LongTasksSchema = z.object({ items: z.array(z.object({ url: z.string().optional(), duration: z.number(), startTime: z.number().optional() })) });

export interface LongTask {
  /** The script the task is attributed to, or "Unattributable". */
  url: string;
  durationMs: number;
  startMs: number | null;
}

/**
 * The main-thread tasks over 50 ms (what total blocking time is made of), longest first:
 * where to look when blocking time is high. Empty when the audit did not run.
 */
export function longTasks(lhr: Result): LongTask[] {
  const parsed = LongTasksSchema.safeParse(lhr.audits['long-tasks']?.details);
  if (!parsed.success) return [];
  return parsed.data.items
    .map((item) => ({ url: item.url ?? 'Unattributable', durationMs: Math.round(item.duration), startMs: item.startTime === undefined ? null : Math.round(item.startTime) }))
    .sort((a, b) => b.durationMs - a.durationMs);
}
