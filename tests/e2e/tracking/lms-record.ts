import { expect } from 'vitest';
import previewText from '../../../preview/locales/en-GB.json';
import type { PreviewPage } from '../support/preview-page';
import { trackingFigures, type TrackingFigures } from '../../../bench/lib/tracking-figures';
import type { VersionFacts } from './scorm-versions';

/**
 * What the preview LMS holds and what the course asked of it: the live cmi data
 * model of the current launch (scorm-again's `getFlattenedCMI()` on the preview
 * page, which includes write-only SCORM 1.2 elements such as exit), and the API call
 * log, which outlives a relaunch and so still shows how the previous launch ended.
 */

/** "cmi.core.lesson_status" → "passed", for the current launch. */
export type Cmi = Readonly<Record<string, string>>;

export async function readCmi(preview: PreviewPage, facts: VersionFacts): Promise<Cmi> {
  const cmi = await preview.page.evaluate((apiName) => {
    const api = (window as unknown as Record<string, { getFlattenedCMI(): Record<string, unknown> } | undefined>)[apiName];
    if (!api) return null;
    return Object.fromEntries(Object.entries(api.getFlattenedCMI()).map(([element, value]) => [element, String(value)]));
  }, facts.apiName);
  if (cmi === null) throw new Error(`The preview page has no window.${facts.apiName}: no ${facts.version} launch is running`);
  return cmi;
}

/** Waits until the LMS holds these values (the course sets them as the learner's progress changes). */
export async function expectCmi(preview: PreviewPage, facts: VersionFacts, expected: Cmi): Promise<void> {
  await expect
    .poll(async () => {
      const cmi = await readCmi(preview, facts);
      return Object.fromEntries(Object.keys(expected).map((element) => [element, cmi[element]]));
    }, { timeout: 10_000 })
    .toEqual(expected);
}

export interface Interaction {
  index: number;
  id: string;
  type: string;
  result: string;
}

/** Every cmi.interactions.n, in order. */
export function interactionsOf(cmi: Cmi): Interaction[] {
  const count = Object.keys(cmi).filter((element) => /^cmi\.interactions\.\d+\.id$/.test(element)).length;
  return Array.from({ length: count }, (_, index) => ({
    index,
    id: cmi[`cmi.interactions.${index}.id`] ?? '',
    type: cmi[`cmi.interactions.${index}.type`] ?? '',
    result: cmi[`cmi.interactions.${index}.result`] ?? '',
  }));
}

/** Every cmi.objectives.n as its fields without the prefix ("id", "status", "score.raw", …). */
export function objectivesOf(cmi: Cmi): Record<string, string>[] {
  const objectives: Record<string, string>[] = [];
  for (const [element, value] of Object.entries(cmi)) {
    const match = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(element);
    if (!match) continue;
    const slot = (objectives[Number(match[1])] ??= {});
    slot[match[2] as string] = value;
  }
  return objectives;
}

export interface LoggedCall {
  number: number;
  method: string;
  args: string[];
  /** As returned: a string, or a number or boolean from an LMS that returns those. */
  result: unknown;
  errorCode: string;
  /** The preview made the call itself, because the course had not (a course that did not terminate). */
  byPreview: boolean;
}

const byPreviewSuffix = previewText.log.byPreview.replace('{{method}}', '');

/** The preview's API call log, oldest first, across launches. */
export async function apiLog(preview: PreviewPage): Promise<LoggedCall[]> {
  const rows = await preview.logRows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return rows.map(([number = '', method = '', args = '', result = '', errorCode = '']) => {
    const byPreview = method.endsWith(byPreviewSuffix);
    return {
      number: Number(number),
      method: byPreview ? method.slice(0, -byPreviewSuffix.length) : method,
      // The log shows each argument and the result as JSON.
      args: JSON.parse(`[${args}]`) as string[],
      result: JSON.parse(result) as unknown,
      errorCode,
      byPreview,
    };
  });
}

/** The values the course set for an element, oldest first. */
export const valuesSet = (log: readonly LoggedCall[], facts: VersionFacts, element: string): string[] =>
  log.filter((call) => call.method === facts.methods.setValue && call.args[0] === element).map((call) => call.args[1] ?? '');

/** How the course ended the launch before the current one (the log runs on across launches). */
export interface LaunchEnding {
  /** The last exit value set; undefined if none was. */
  exit: string | undefined;
  /** The course terminated the session itself (rather than leaving it to the preview). */
  terminatedItself: boolean;
}

export function lastLaunchEnding(log: readonly LoggedCall[], facts: VersionFacts): LaunchEnding {
  const initializes = log.filter((call) => call.method === facts.methods.initialize);
  const lastStart = initializes.length >= 2 ? (initializes.at(-2)?.number ?? 0) : 0;
  const previous = log.filter((call) => call.number > lastStart && call.number < (initializes.at(-1)?.number ?? Infinity));
  const terminate = previous.find((call) => call.method === facts.methods.terminate);
  return { exit: valuesSet(previous, facts, facts.exit).at(-1), terminatedItself: terminate !== undefined && !terminate.byPreview && terminate.result === 'true' };
}

/** Calls by the course that changed data or ended the session and were refused: a strict LMS would lose that data. */
export const refusedWrites = (log: readonly LoggedCall[], facts: VersionFacts): LoggedCall[] =>
  log.filter(
    (call) =>
      !call.byPreview &&
      [facts.methods.setValue, facts.methods.commit, facts.methods.terminate, facts.methods.initialize].includes(call.method) &&
      (call.result !== 'true' || call.errorCode !== '0'),
  );

/**
 * Calls by the course answered with an error code. SCORM 2004's GetValue 403 ("not
 * initialised") is left out: it is how the specification answers a read of a value
 * not yet set, which the course makes on purpose to learn there is none.
 */
export const apiErrors = (log: readonly LoggedCall[], facts: VersionFacts): LoggedCall[] =>
  log.filter(
    (call) =>
      !call.byPreview &&
      call.errorCode !== '0' &&
      // Asking about the last error reports it again; the call that had it is counted already.
      !/(GetLastError|GetErrorString|GetDiagnostic)$/.test(call.method) &&
      !(facts.version === 'scorm2004' && call.method === 'GetValue' && call.errorCode === '403'),
  );

type TimelineEvent = { kind: 'set' | 'commit'; element: string; value: string; ok: boolean };

/** The figures that prove saving (issue 10, part 3), read off the preview's call log. */
export function savingFigures(
  log: readonly LoggedCall[],
  facts: VersionFacts,
  known: { moduleIds: readonly string[]; answersGiven: number; interactionsStored: number; notices: number; objectiveId: (moduleId: string) => string },
): TrackingFigures {
  const setValue = facts.methods.setValue;
  const tracked = /^cmi\.(objectives\.\d+\.(id|status|completion_status)|interactions\.\d+\.id|core\.score\.raw|score\.raw)$/;
  const course = log.filter((call) => !call.byPreview);
  const ok = (call: LoggedCall) => call.errorCode === '0' && call.result !== 'false' && call.result !== false;
  const timeline = course.flatMap((call): TimelineEvent[] => {
    if (call.method === facts.methods.commit) return [{ kind: 'commit', element: '', value: '', ok: ok(call) }];
    if (call.method === setValue && tracked.test(call.args[0] ?? '')) return [{ kind: 'set', element: call.args[0] ?? '', value: call.args[1] ?? '', ok: ok(call) }];
    return [];
  });
  const errors = apiErrors(log, facts).map((call) => ({ method: call.method, args: call.args, errorCode: call.errorCode }));
  return trackingFigures({ timeline, errors }, known);
}
