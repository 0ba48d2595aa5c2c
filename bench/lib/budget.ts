import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { formatBytes } from '../../scorm/package/package-limits';
import { PAGE_IDS, type PageId } from './page-ids';
import type { PageFigures, PageResult } from './page-result';

/** bench/budget.json: each budget names the pages it applies to (see docs/performance.md for why). */
const PagesSchema = z.array(z.enum(PAGE_IDS)).min(1);
const AtMost = z.strictObject({ max: z.number().nonnegative(), pages: PagesSchema });
const AtLeast = z.strictObject({ min: z.number().min(0).max(100), pages: PagesSchema });

export const BudgetSchema = z.strictObject({
  $comment: z.string().optional(),
  initialJsCssGzipBytes: AtMost,
  performance: AtLeast,
  accessibility: AtLeast,
  bestPractices: AtLeast,
  lcpMs: AtMost,
  cls: AtMost,
  zipBytes: z.strictObject({ max: z.number().int().positive() }),
  fontRequestsBeforeFcp: AtMost,
  moduleContentOnFirstScreen: z.strictObject({ allowed: z.literal(false), pages: PagesSchema }),
  moduleStructureOnFirstScreen: z.strictObject({ allowed: z.literal(false), pages: PagesSchema }),
});
export type Budget = z.infer<typeof BudgetSchema>;

export class BudgetFileError extends Error {}

/** Reads and checks the budget file; every problem names the file and the field. */
export async function loadBudget(file: string, shownName: string): Promise<Budget> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new BudgetFileError(`${shownName}: cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const result = BudgetSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${shownName} → ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new BudgetFileError(`${shownName} is not a valid budget:\n${problems.join('\n')}`);
}

export interface Breach {
  /** The budget.json field that was broken. */
  budget: keyof Budget;
  page: PageId | null;
  message: string;
}

export interface BudgetInput {
  pages: readonly PageResult[];
  /** Every SCORM zip packaging wrote, with its path as shown to the reader. */
  zips: readonly { file: string; bytes: number }[];
}

type ScoreField = 'performance' | 'accessibility' | 'bestPractices';
type LimitField = 'lcpMs' | 'cls';

const SCORE_LABELS: Readonly<Record<ScoreField, string>> = {
  performance: 'Lighthouse performance',
  accessibility: 'Lighthouse accessibility',
  bestPractices: 'Lighthouse best practices',
};
const LIMITS: Readonly<Record<LimitField, { label: string; format: (value: number) => string }>> = {
  lcpMs: { label: 'largest contentful paint', format: (ms) => `${Math.round(ms)} ms` },
  cls: { label: 'cumulative layout shift', format: (cls) => cls.toFixed(3) },
};

/** Compares measured figures with the budget; an empty list means everything is within budget. */
export function checkBudgets(budget: Budget, input: BudgetInput): Breach[] {
  const breaches: Breach[] = [];
  const byPage = new Map(input.pages.map((result) => [result.figures.page, result]));

  const eachPage = (field: keyof Budget, pages: readonly PageId[], check: (result: PageResult) => string[]): void => {
    for (const page of pages) {
      const result = byPage.get(page);
      const messages = result ? check(result) : [`was not measured, so its ${field} budget could not be checked`];
      for (const message of messages) breaches.push({ budget: field, page, message: `${page}: ${message}` });
    }
  };
  const missing = (label: string): string => `${label}: Lighthouse gave no figure for this page, so the budget could not be checked`;

  eachPage('initialJsCssGzipBytes', budget.initialJsCssGzipBytes.pages, ({ figures: f }) => {
    const total = f.jsGzipBytes + f.cssGzipBytes;
    const { max } = budget.initialJsCssGzipBytes;
    return total > max
      ? [`initial JS + CSS is ${formatBytes(total)} gzip (JS ${formatBytes(f.jsGzipBytes)}, CSS ${formatBytes(f.cssGzipBytes)}), over the ${formatBytes(max)} budget`]
      : [];
  });

  for (const field of ['performance', 'accessibility', 'bestPractices'] as const) {
    const { min, pages } = budget[field];
    eachPage(field, pages, ({ figures, details }) => {
      const score = figures[field];
      if (score === null) return [missing(SCORE_LABELS[field])];
      if (score >= min) return [];
      const below = details.auditsBelowFullMarks[field];
      return [`${SCORE_LABELS[field]} ${score}, under the budget of ${min}${below.length ? ` (below full marks: ${below.join(', ')})` : ''}`];
    });
  }

  for (const field of ['lcpMs', 'cls'] as const) {
    const { max, pages } = budget[field];
    eachPage(field, pages, ({ figures }) => {
      const value: PageFigures[LimitField] = figures[field];
      const { label, format } = LIMITS[field];
      if (value === null) return [missing(label)];
      return value > max ? [`${label} ${format(value)}, over the budget of ${format(max)}`] : [];
    });
  }

  eachPage('fontRequestsBeforeFcp', budget.fontRequestsBeforeFcp.pages, ({ details }) => {
    const early = details.fontRequests.filter((font) => font.beforeFcp);
    return early.length > budget.fontRequestsBeforeFcp.max
      ? [`${early.length} web font request(s) before the first contentful paint (fonts must not block text): ${early.map((f) => f.url).join(', ')}`]
      : [];
  });

  eachPage('moduleContentOnFirstScreen', budget.moduleContentOnFirstScreen.pages, ({ details }) =>
    details.moduleContent
      .filter((hit) => hit.kind === 'text')
      .map((hit) => `module "${hit.moduleId}" text is loaded before the module is opened: "${hit.found}" found in ${hit.url}`),
  );

  eachPage('moduleStructureOnFirstScreen', budget.moduleStructureOnFirstScreen.pages, ({ details }) =>
    details.moduleContent
      .filter((hit) => hit.kind === 'structure')
      .map((hit) => `module "${hit.moduleId}" structure (module.yaml) is loaded before the module is opened: ${hit.found} found in ${hit.url}`),
  );

  for (const zip of input.zips) {
    if (zip.bytes > budget.zipBytes.max) {
      breaches.push({
        budget: 'zipBytes',
        page: null,
        message: `${zip.file}: ${formatBytes(zip.bytes)}, over the ${formatBytes(budget.zipBytes.max)} budget`,
      });
    }
  }
  return breaches;
}
