import type { Result } from 'lighthouse';
import { PAGE_DESCRIPTIONS, type PageId } from './page-ids';
import type { FileWeight, PageResult } from './page-result';
import { auditsBelowFullMarks, auditValue, categoryScore, longTasks, medianRunIndex, networkEntries, observedFcpMs, type NetworkEntry } from './lighthouse-figures';
import { findModuleContent, type ModuleFingerprint } from './module-content';
import { fetchServedFiles, type ServedFile } from './served-files';

/** One Lighthouse measurement of a page: the main result (navigation or timespan) and, for timespans, a snapshot at the end. */
export interface MeasuredRun {
  main: Result;
  snapshot: Result | null;
  heading: string | null;
}

export interface PageSpec {
  page: PageId;
  url: string;
  mode: 'navigation' | 'timespan+snapshot';
  scope: 'whole page' | 'course frame';
  /** Which requests count towards this page's bytes and requests. */
  inScope: (url: string) => boolean;
}

export interface SummaryContext {
  /** The server gzips responses, so transfer sizes are gzip sizes. */
  compressed: boolean;
  fingerprints: readonly ModuleFingerprint[];
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const round = (value: number | null): number | null => (value === null ? null : Math.round(value));

function weights(entries: readonly NetworkEntry[], served: ReadonlyMap<string, ServedFile>, compressed: boolean): FileWeight[] {
  return entries.map((entry) => ({
    url: entry.url,
    gzipBytes: compressed ? entry.transferSize : (served.get(entry.url)?.gzipBytes ?? entry.transferSize),
  }));
}

/** Turns the runs of one page into its figures, taken from the run with the median performance score. */
export async function summarisePage(spec: PageSpec, runs: readonly MeasuredRun[], context: SummaryContext): Promise<PageResult> {
  const performanceRuns = runs.map((run) => categoryScore(run.main, 'performance'));
  const chosen = runs[medianRunIndex(performanceRuns)];
  if (!chosen) throw new Error(`${spec.page}: no Lighthouse run to summarise`);
  const { main } = chosen;
  const audited = chosen.snapshot ?? main;

  const entries = networkEntries(main).filter((entry) => spec.inScope(entry.url));
  const served = await fetchServedFiles(entries);
  const scripts = weights(entries.filter((e) => e.resourceType === 'Script'), served, context.compressed);
  const stylesheets = weights(entries.filter((e) => e.resourceType === 'Stylesheet'), served, context.compressed);
  const fcp = observedFcpMs(main);
  const texts = [...served.values()].flatMap((file) => (file.text === null ? [] : [{ url: file.url, text: file.text }]));

  return {
    figures: {
      page: spec.page,
      performance: performanceRuns[runs.indexOf(chosen)] ?? null,
      accessibility: categoryScore(audited, 'accessibility'),
      bestPractices: categoryScore(audited, 'best-practices'),
      fcpMs: round(auditValue(main, 'first-contentful-paint')),
      lcpMs: round(auditValue(main, 'largest-contentful-paint')),
      tbtMs: round(auditValue(main, 'total-blocking-time')),
      cls: auditValue(main, 'cumulative-layout-shift'),
      transferBytes: sum(entries.map((e) => e.transferSize)),
      jsGzipBytes: sum(scripts.map((s) => s.gzipBytes)),
      cssGzipBytes: sum(stylesheets.map((s) => s.gzipBytes)),
      requests: entries.length,
    },
    details: {
      description: PAGE_DESCRIPTIONS[spec.page],
      url: spec.url,
      mode: spec.mode,
      scope: spec.scope,
      gzipSource: context.compressed ? 'transfer' : 'zlib',
      heading: chosen.heading,
      performanceRuns,
      scripts,
      stylesheets,
      // Without an FCP (timespan mode) a font request counts as early: the check errs towards strict.
      fontRequests: entries
        .filter((e) => e.resourceType === 'Font')
        .map((e) => ({ url: e.url, beforeFcp: fcp === null || e.startMs === null || e.startMs < fcp })),
      moduleContent: findModuleContent(context.fingerprints, texts),
      auditsBelowFullMarks: {
        performance: auditsBelowFullMarks(main, 'performance'),
        accessibility: auditsBelowFullMarks(audited, 'accessibility'),
        bestPractices: auditsBelowFullMarks(audited, 'best-practices'),
      },
      longTasks: longTasks(main),
      lighthouseWarnings: [...main.runWarnings, ...(chosen.snapshot?.runWarnings ?? [])].map(String),
      lighthouseVersion: main.lighthouseVersion,
      benchmarkIndex: main.environment.benchmarkIndex ?? null,
    },
  };
}
