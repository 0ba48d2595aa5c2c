import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBudgets, loadBudget, type Budget } from './budget';
import type { PageId } from './page-ids';
import type { PageFigures, PageResult } from './page-result';

const budgetFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'budget.json');

const ALL_PAGES: PageId[] = ['standalone-first-screen', 'standalone-lesson', 'standalone-scenario', 'scorm12-first-screen'];

const budget: Budget = {
  initialJsCssGzipBytes: { max: 120_000, pages: ['standalone-first-screen'] },
  performance: { min: 95, pages: ['standalone-first-screen', 'standalone-lesson'] },
  accessibility: { min: 100, pages: ['standalone-first-screen'] },
  bestPractices: { min: 100, pages: ['standalone-first-screen'] },
  lcpMs: { max: 2000, pages: ['standalone-first-screen'] },
  cls: { max: 0.02, pages: ['standalone-first-screen'] },
  zipBytes: { max: 2_000_000 },
  fontRequestsBeforeFcp: { max: 0, pages: ['standalone-first-screen'] },
  moduleContentOnFirstScreen: { allowed: false, pages: ['standalone-first-screen'] },
  moduleStructureOnFirstScreen: { allowed: false, pages: ['standalone-first-screen'] },
};

function page(id: PageId, figures: Partial<PageFigures> = {}, details: Partial<PageResult['details']> = {}): PageResult {
  return {
    figures: {
      page: id,
      performance: 99,
      accessibility: 100,
      bestPractices: 100,
      fcpMs: 900,
      lcpMs: 1200,
      tbtMs: 10,
      cls: 0,
      transferBytes: 90_000,
      jsGzipBytes: 80_000,
      cssGzipBytes: 5_000,
      requests: 6,
      ...figures,
    },
    details: {
      description: '',
      url: 'http://127.0.0.1/',
      mode: 'navigation',
      scope: 'whole page',
      gzipSource: 'transfer',
      heading: null,
      performanceRuns: [99],
      scripts: [],
      stylesheets: [],
      fontRequests: [],
      moduleContent: [],
      auditsBelowFullMarks: { performance: [], accessibility: [], bestPractices: [] },
      longTasks: [],
      lighthouseWarnings: [],
      lighthouseVersion: '12.8.2',
      benchmarkIndex: null,
      ...details,
    },
  };
}

const withinBudget = ALL_PAGES.map((id) => page(id));
const zips = [{ file: 'dist/risks-to-children-scorm12.zip', bytes: 400_000 }];

describe('checkBudgets', () => {
  it('finds nothing when every figure is within budget', () => {
    expect(checkBudgets(budget, { pages: withinBudget, zips })).toEqual([]);
  });

  it('reports JS + CSS over the gzip budget with both parts', () => {
    const pages = [page('standalone-first-screen', { jsGzipBytes: 118_000, cssGzipBytes: 4_000 }), ...withinBudget.slice(1)];
    const [breach, ...rest] = checkBudgets(budget, { pages, zips });
    expect(rest).toEqual([]);
    expect(breach?.budget).toBe('initialJsCssGzipBytes');
    expect(breach?.message).toBe(
      'standalone-first-screen: initial JS + CSS is 122.0 kB gzip (JS 118.0 kB, CSS 4.0 kB), over the 120.0 kB budget',
    );
  });

  it('reports a Lighthouse score under its minimum only on the pages the budget names', () => {
    const pages = [page('standalone-first-screen'), page('standalone-lesson', { performance: 90 }), page('standalone-scenario', { performance: 50 })];
    const breaches = checkBudgets(budget, { pages: [...pages, page('scorm12-first-screen')], zips });
    expect(breaches.map((b) => b.message)).toEqual(['standalone-lesson: Lighthouse performance 90, under the budget of 95']);
  });

  it('names the audits short of full marks when a score is under budget', () => {
    const below = { performance: [], accessibility: [], bestPractices: ['errors-in-console (0)'] };
    const pages = [page('standalone-first-screen', { bestPractices: 96 }, { auditsBelowFullMarks: below }), ...withinBudget.slice(1)];
    expect(checkBudgets(budget, { pages, zips }).map((b) => b.message)).toEqual([
      'standalone-first-screen: Lighthouse best practices 96, under the budget of 100 (below full marks: errors-in-console (0))',
    ]);
  });

  it('reports LCP and CLS over their limits', () => {
    const pages = [page('standalone-first-screen', { lcpMs: 2400, cls: 0.05 }), ...withinBudget.slice(1)];
    expect(checkBudgets(budget, { pages, zips }).map((b) => b.message)).toEqual([
      'standalone-first-screen: largest contentful paint 2400 ms, over the budget of 2000 ms',
      'standalone-first-screen: cumulative layout shift 0.050, over the budget of 0.020',
    ]);
  });

  it('treats a missing figure on a budgeted page as a breach, not a pass', () => {
    const pages = [page('standalone-first-screen', { lcpMs: null }), ...withinBudget.slice(1)];
    const breaches = checkBudgets(budget, { pages, zips });
    expect(breaches).toHaveLength(1);
    expect(breaches[0]?.message).toMatch(/^standalone-first-screen: largest contentful paint: Lighthouse gave no figure/);
  });

  it('treats a page that was not measured as a breach of each of its budgets', () => {
    const breaches = checkBudgets(budget, { pages: withinBudget.filter((p) => p.figures.page !== 'standalone-lesson'), zips });
    expect(breaches).toEqual([
      { budget: 'performance', page: 'standalone-lesson', message: 'standalone-lesson: was not measured, so its performance budget could not be checked' },
    ]);
  });

  it('reports web fonts requested before the first paint, and ignores later ones', () => {
    const fontRequests = [
      { url: 'http://x/early.woff2', beforeFcp: true },
      { url: 'http://x/late.woff2', beforeFcp: false },
    ];
    const pages = [page('standalone-first-screen', {}, { fontRequests }), ...withinBudget.slice(1)];
    const messages = checkBudgets(budget, { pages, zips }).map((b) => b.message);
    expect(messages).toEqual([
      'standalone-first-screen: 1 web font request(s) before the first contentful paint (fonts must not block text): http://x/early.woff2',
    ]);
  });

  it('reports module text and module structure loaded on the first screen, naming the module and the file', () => {
    const moduleContent = [
      { moduleId: 'contact', kind: 'text' as const, url: 'http://x/assets/en-GB-1a2b.js', found: 'How online grooming works' },
      { moduleId: 'contact', kind: 'structure' as const, url: 'http://x/assets/module-3c4d.js', found: 'all 2 step ids (intro, law)' },
    ];
    const pages = [page('standalone-first-screen', {}, { moduleContent }), ...withinBudget.slice(1)];
    expect(checkBudgets(budget, { pages, zips })).toEqual([
      {
        budget: 'moduleContentOnFirstScreen',
        page: 'standalone-first-screen',
        message:
          'standalone-first-screen: module "contact" text is loaded before the module is opened: "How online grooming works" found in http://x/assets/en-GB-1a2b.js',
      },
      {
        budget: 'moduleStructureOnFirstScreen',
        page: 'standalone-first-screen',
        message:
          'standalone-first-screen: module "contact" structure (module.yaml) is loaded before the module is opened: all 2 step ids (intro, law) found in http://x/assets/module-3c4d.js',
      },
    ]);
  });

  it('reports each zip over the size limit', () => {
    const bigZips = [...zips, { file: 'dist/parents-and-carers-scorm2004.zip', bytes: 2_100_000 }];
    expect(checkBudgets(budget, { pages: withinBudget, zips: bigZips }).map((b) => b.message)).toEqual([
      'dist/parents-and-carers-scorm2004.zip: 2.10 MB, over the 2.00 MB budget',
    ]);
  });
});

describe('loadBudget', () => {
  it('reads the project budget file', async () => {
    const loaded = await loadBudget(budgetFile, 'bench/budget.json');
    expect(loaded.initialJsCssGzipBytes.max).toBe(120_000);
    expect(loaded.zipBytes.max).toBe(2_000_000);
  });

  it('names the file and every field that is wrong', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-budget-'));
    const file = path.join(dir, 'budget.json');
    const bad = { ...budget, performance: { min: 95, pages: ['the-menu'] }, zipBytes: { max: -1 } };
    await writeFile(file, JSON.stringify(bad));
    const error = await loadBudget(file, 'bench/budget.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^bench\/budget\.json is not a valid budget:/);
    expect((error as Error).message).toContain('bench/budget.json → performance.pages.0:');
    expect((error as Error).message).toContain('bench/budget.json → zipBytes.max:');
  });

  it('says when the file is not JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-budget-'));
    const file = path.join(dir, 'budget.json');
    await writeFile(file, '{ "performance": ');
    await expect(loadBudget(file, 'bench/budget.json')).rejects.toThrow(/^bench\/budget\.json: cannot be read as JSON/);
  });
});
