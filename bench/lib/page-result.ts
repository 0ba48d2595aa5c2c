import type { LongTask } from './lighthouse-figures';
import type { PageId } from './page-ids';

/**
 * What the bench prints for one page: one JSON line of exactly these fields.
 * Scores are 0..100. A figure Lighthouse does not produce in the mode used for that
 * page (LCP and FCP in timespan mode) is null rather than a made-up number.
 */
export interface PageFigures {
  page: PageId;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  transferBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  requests: number;
}

export interface FileWeight {
  url: string;
  gzipBytes: number;
}

export interface FontRequest {
  url: string;
  /** The request started before the first contentful paint, so it could hold up text. */
  beforeFcp: boolean;
}

export interface ModuleContentHit {
  moduleId: string;
  /** text: the module's locale file (its headings); structure: its module.yaml (all its step ids). */
  kind: 'text' | 'structure';
  /** The response that contains it. */
  url: string;
  /** What was found. */
  found: string;
}

/** How a page was measured and what its figures are made of; kept in bench/results.json. */
export interface PageDetails {
  description: string;
  url: string;
  mode: 'navigation' | 'timespan+snapshot';
  /** Which requests the byte and request counts cover. */
  scope: 'whole page' | 'course frame';
  /** transfer: gzip bytes as sent by the server; zlib: the bench gzipped the served files itself. */
  gzipSource: 'transfer' | 'zlib';
  /** Heading (h1) on screen when the measurement ended, when the bench drove the page. */
  heading: string | null;
  /** Lighthouse performance score of every run; the figures come from the median run. */
  performanceRuns: (number | null)[];
  scripts: FileWeight[];
  stylesheets: FileWeight[];
  fontRequests: FontRequest[];
  moduleContent: ModuleContentHit[];
  /** Scored Lighthouse audits short of full marks, per category, as "id (score)": where to look when a score is low. */
  auditsBelowFullMarks: { performance: string[]; accessibility: string[]; bestPractices: string[] };
  /** Main-thread tasks over 50 ms during the measurement, longest first. */
  longTasks: LongTask[];
  lighthouseWarnings: string[];
  lighthouseVersion: string;
  /** Lighthouse's CPU benchmark of this machine: figures from machines with very different values do not compare. */
  benchmarkIndex: number | null;
}

export interface PageResult {
  figures: PageFigures;
  details: PageDetails;
}
