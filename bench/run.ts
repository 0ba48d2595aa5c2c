/**
 * npm run bench [-- --no-build] [--no-gzip] [--runs N] [--course ID]
 *
 * Builds and packages every course, serves dist/ with the preview server, and measures
 * with Lighthouse in Debian Chromium: the standalone build's first screen, its first
 * lesson and first scenario, and the SCORM 1.2 package's first screen inside the
 * preview LMS. Then a scripted learner takes one whole course in the preview LMS to count
 * the SCORM calls it makes. Prints one JSON line per page, the build sizes and the
 * tracking cost, writes everything to bench/results.json and exits non-zero if any
 * figure is over bench/budget.json (each breach listed) or a measurement failed.
 * docs/performance.md explains the method and the budgets.
 */
import { spawn } from 'node:child_process';
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { thisProject } from '../scorm/cli-support';
import type { ProjectPaths } from '../scorm/package/project-paths';
import { startPreviewServer } from '../preview/serve';
import { launchBenchBrowser, type BenchBrowser } from './lib/bench-browser';
import { checkBudgets, loadBudget, type Breach } from './lib/budget';
import { formatBuildSizes, readBuildSizes } from './lib/build-sizes';
import { parseBenchArgs, type BenchOptions } from './lib/cli-options';
import { loadCourseContent, type CourseContent } from './lib/course-content';
import { startGzipProxy } from './lib/gzip-proxy';
import { moduleFingerprints } from './lib/module-content';
import { firstScreenRun, standaloneFlowRun } from './lib/page-flows';
import type { PageId } from './lib/page-ids';
import type { PageResult } from './lib/page-result';
import { summarisePage, type MeasuredRun, type PageSpec, type SummaryContext } from './lib/summarise-page';
import { BENCH_PROFILES, measureTrackingCost, type TrackingCost } from './lib/tracking-cost';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function runPackage(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'package'], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`"npm run package" failed (exit code ${code ?? 'none'}); see its output above.`))));
  });
}

async function requireBuilt(paths: ProjectPaths, courseId: string): Promise<void> {
  const needed = ['dist/preview/index.html', `dist/${courseId}/standalone/index.html`, `dist/${courseId}/scorm12/index.html`];
  const missing: string[] = [];
  for (const file of needed) await access(path.join(paths.root, file)).catch(() => missing.push(file));
  if (missing.length) throw new Error(`Not built: ${missing.join(', ')}. Run "npm run package" (npm run bench does it unless --no-build).`);
}

interface Measurements {
  pages: PageResult[];
  /** One learner through the whole course per SCORM version and LMS profile. */
  tracking: TrackingCost[];
  errors: string[];
}

async function measure(browser: BenchBrowser, baseUrl: string, content: CourseContent, options: BenchOptions, summary: SummaryContext): Promise<Measurements> {
  const courseId = content.course.id;
  const standaloneUrl = `${baseUrl}courses/${courseId}/standalone/`;
  const previewUrl = `${baseUrl}?${new URLSearchParams({ course: courseId, version: 'scorm12' }).toString()}`;
  const wholePage = (page: PageId, url: string, mode: PageSpec['mode']): PageSpec => ({ page, url, mode, scope: 'whole page', inScope: () => true });
  const result: Measurements = { pages: [], tracking: [], errors: [] };

  const report = async (spec: PageSpec, runs: () => Promise<MeasuredRun[]>): Promise<void> => {
    try {
      const page = await summarisePage(spec, await runs(), summary);
      result.pages.push(page);
      console.log(JSON.stringify(page.figures));
    } catch (error) {
      result.errors.push(`${spec.page}: ${message(error)}`);
      console.error(`${spec.page}: not measured: ${message(error)}`);
    }
  };
  const repeat = async <T>(make: () => Promise<T>): Promise<T[]> => {
    const runs: T[] = [];
    for (let i = 0; i < options.runs; i += 1) runs.push(await make());
    return runs;
  };

  await report(wholePage('standalone-first-screen', standaloneUrl, 'navigation'), () => repeat(() => firstScreenRun(browser, standaloneUrl)));

  let flows: Promise<{ lesson: MeasuredRun; scenario: MeasuredRun }[]> | null = null;
  const flowRuns = (): Promise<{ lesson: MeasuredRun; scenario: MeasuredRun }[]> => (flows ??= repeat(() => standaloneFlowRun(browser, standaloneUrl, content)));
  await report(wholePage('standalone-lesson', standaloneUrl, 'timespan+snapshot'), async () => (await flowRuns()).map((run) => run.lesson));
  await report(wholePage('standalone-scenario', standaloneUrl, 'timespan+snapshot'), async () => (await flowRuns()).map((run) => run.scenario));

  const coursePath = `/courses/${courseId}/scorm12/`;
  await report(
    { page: 'scorm12-first-screen', url: previewUrl, mode: 'navigation', scope: 'course frame', inScope: (url) => new URL(url).pathname.startsWith(coursePath) },
    () => repeat(() => firstScreenRun(browser, previewUrl)),
  );

  for (const version of ['scorm12', 'scorm2004'] as const) {
    for (const profile of BENCH_PROFILES) {
      try {
        result.tracking.push(await measureTrackingCost(browser, baseUrl, content, version, profile));
      } catch (error) {
        result.errors.push(`tracking cost (${version}, ${profile}): ${message(error)}`);
        console.error(`tracking cost (${version}, ${profile}): not measured: ${message(error)}`);
      }
    }
  }
  return result;
}

function printTracking(tracking: TrackingCost): void {
  const f = tracking.figures;
  console.log(`Tracking cost, ${tracking.courseId} (${tracking.version}, LMS profile ${tracking.profile}), one learner through the whole course:`);
  console.log(
    `  modules finished ${f.modulesFinished}, committed after ${f.modulesCommitted}; assessment submissions ${f.submissions}, committed after ${f.submissionsCommitted}; ` +
      `interactions stored ${f.interactionsStored} of ${f.answersGiven} answers; module objectives under their own ids ${f.objectivesUnderOwnIds}/${f.modulesFinished} ` +
      `(${Object.entries(f.objectives).map(([id, index]) => `${index}:${id}`).join(', ')}); LMS errors ${f.errors}; "not saving" notices ${f.notices}`,
  );
  console.log(`  ${tracking.learnerActions} learner actions, ${tracking.apiCalls} SCORM API calls, ${tracking.commits} commits`);
  console.log(`  calls by method: ${Object.entries(tracking.callsByMethod).map(([m, n]) => `${m} ${n}`).join(', ')}`);
  console.log(`  largest suspend_data written: ${tracking.maxSuspendDataLength} characters (SCORM 1.2 limit 4096, 2004 64000)`);
  console.log(`  final lesson_status ${tracking.lessonStatus ?? '(never set)'}, score.raw ${tracking.scoreRaw ?? '(never set)'}`);
  console.log(`  LMSFinish on unload: ${tracking.finishedOnUnload ? 'yes' : 'NO'}; calls the LMS refused: ${tracking.failedCalls.length}`);
  for (const failed of tracking.failedCalls) console.log(`    ${failed.method}(${failed.args.map((a) => JSON.stringify(a)).join(', ')}) → error ${failed.errorCode}`);
  if (tracking.unknownQuestions.length) console.log(`  questions not found in the content (answered at random): ${tracking.unknownQuestions.join(' | ')}`);
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  const paths = thisProject();
  const budget = await loadBudget(path.join(benchDir, 'budget.json'), 'bench/budget.json');
  if (options.build) await runPackage(paths.root);
  await requireBuilt(paths, options.courseId);

  const sizes = await readBuildSizes(paths);
  console.log('Build sizes:');
  for (const line of formatBuildSizes(sizes)) console.log(`  ${line}`);

  const content = await loadCourseContent(paths, options.courseId);
  const summary: SummaryContext = { compressed: options.gzip, fingerprints: moduleFingerprints(content) };

  const server = await startPreviewServer({ port: 0, host: '127.0.0.1' });
  const proxy = options.gzip ? await startGzipProxy(server.url) : null;
  let measured: Measurements;
  let chromiumVersion: string | undefined;
  try {
    const browser = await launchBenchBrowser();
    chromiumVersion = browser.version;
    console.log(`Measuring in Chromium ${browser.version}, ${options.runs} Lighthouse run(s) per page, ${proxy ? 'gzip on (bench proxy)' : 'gzip off'}:`);
    try {
      measured = await measure(browser, proxy?.url ?? server.url, content, options, summary);
    } finally {
      await browser.close();
    }
  } finally {
    await proxy?.close();
    await server.close();
  }

  for (const tracking of measured.tracking) printTracking(tracking);
  const lesson = measured.pages.find((p) => p.figures.page === 'standalone-lesson');
  if (lesson && !lesson.details.moduleContent.some((hit) => hit.kind === 'text')) {
    console.warn(
      'Warning: no module text was recognised in what the lesson screen loaded, so the "module content only when opened" check ' +
        'may not recognise how module content is delivered (see bench/lib/module-content.ts).',
    );
  }

  const breaches: Breach[] = checkBudgets(budget, { pages: measured.pages, zips: sizes.zips });
  const results = {
    generatedAt: new Date().toISOString(),
    options,
    chromium: chromiumVersion ?? 'unknown',
    gzip: options.gzip ? 'bench proxy (zlib level 6)' : 'off: gzip sizes computed with zlib level 9',
    pages: measured.pages,
    build: sizes,
    tracking: measured.tracking,
    breaches,
    errors: measured.errors,
  };
  await writeFile(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench/results.json.');

  if (breaches.length) {
    console.error(`Over budget (${breaches.length}):`);
    for (const breach of breaches) console.error(`  - ${breach.message}`);
  }
  if (measured.errors.length) {
    console.error(`Not measured (${measured.errors.length}):`);
    for (const error of measured.errors) console.error(`  - ${error}`);
  }
  if (!breaches.length && !measured.errors.length) console.log('Everything is within budget (bench/budget.json).');
  return breaches.length || measured.errors.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(message(error));
    process.exitCode = 1;
  },
);
