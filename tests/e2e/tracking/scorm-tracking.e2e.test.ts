import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import previewText from '../../../preview/locales/en-GB.json';
import type { KnowledgeCheckStep, Module, Scenario, Step } from '../../../src/course/schema/module-schema';
import { percentage } from '../../../src/course/scoring/question-scoring';
import { moduleText } from '../../../src/course/module-text-keys';
import { scormId, scormIdPath } from '../../../src/lib/lms/scorm-ids';
import { launchBrowser } from '../support/browser';
import { uiText } from '../support/course-text';
import { captureOnFailure } from '../support/failure-capture';
import {
  answerWrongly,
  continueScenarioBestPath,
  finishKnowledgeCheck,
  onScreen,
  playerControls,
  playModule,
  playScenarioBestPath,
  scenarioHeading,
} from '../support/module-walkthrough';
import { click } from '../support/pointer';
import { openPreview, type PreviewPage } from '../support/preview-page';
import { expectText } from '../support/waits';
import {
  answerFinalAssessment,
  bestChoice,
  closeAndRelaunch,
  loadCourseMaterial,
  playToFirstChoice,
  pointerPlayer,
  type CourseMaterial,
} from './course-run';
import { apiErrors, apiLog, expectCmi, interactionsOf, objectivesOf, readCmi, refusedWrites, savingFigures, type Cmi } from './lms-record';
import { LMS_PROFILES, MANIFEST_PRIMARY_OBJECTIVE, profileHas, type LmsProfile } from '../../../preview/src/lms-profiles';
import { moodleCompletions, storedTracks } from './moodle-completion';
import { SCORM_VERSIONS, type VersionFacts } from './scorm-versions';
import { servePackages, type ServedPackages } from './served-packages';

/**
 * What the LMS records, in both SCORM versions and under every LMS behaviour profile
 * of the preview (scorm-again as it comes, Moodle, strict: preview/src/lms-profiles.ts),
 * over the course as packaged: the real zips are unpacked as an LMS would and run in
 * the preview LMS. Any API call answered with an error, or a "not saving" notice, fails
 * the test. A learner
 * passes first time (parents' tour course), fails and then passes (practitioners' tour,
 * which limits attempts), and leaves part-way through a module and comes back; the
 * test reads what the LMS holds and how the course ended each launch. Clicks, not
 * keys: keyboard access is module-keyboard's subject.
 */

/**
 * The tour courses (tests/tours/tours.yaml): each cut from a real course with its settings,
 * several real modules and a final assessment, so a whole-course walk takes a minute, not
 * ten, however long the real courses grow. The parents' tour passes first time; the
 * practitioners' tour limits attempts, so it fails and then passes.
 */
const PASS_COURSE = 'tour-parents';
const RETRY_COURSE = 'tour-practitioners';
/** Unlocks modules freely, so the test can open the module it needs without playing the others. */
const RESUME_COURSE = 'tour-parents';
/** Interaction and objective identifiers: letters, digits and underscores (the strictest LMS reading of both versions). */
const SCORM_IDENTIFIER = /^\w{1,250}$/;

let browser: Browser;
let served: ServedPackages;
let preview: PreviewPage | undefined;
/** What the course told the learner about saving ("Tracking: …" warnings come with the "not saving" notice). */
let trackingWarnings: string[] = [];

beforeAll(async () => {
  served = await servePackages([...new Set([PASS_COURSE, RETRY_COURSE, RESUME_COURSE])]);
  browser = await launchBrowser();
});

afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function launch(courseId: string, facts: VersionFacts, profile: LmsProfile, testName: string): Promise<PreviewPage> {
  preview = await openPreview(browser, `${served.server.url}?course=${courseId}&version=${facts.version}&profile=${profile}`);
  trackingWarnings = [];
  preview.page.on('console', (message) => {
    if (/^Tracking: /.test(message.text())) trackingWarnings.push(message.text());
  });
  captureOnFailure(preview.page, `tracking-${facts.version}-${profile}-${testName}`);
  await expectText(preview.cmiValue(facts.entry), 'ab-initio');
  return preview;
}

/** Plays every module of the course from the menu and comes back to the menu. */
async function completeEveryModule(p: PreviewPage, material: CourseMaterial): Promise<void> {
  await onScreen(p.course, material.title);
  for (const { title, content } of material.modules) {
    await playModule(pointerPlayer(p, content), title);
    await onScreen(p.course, material.title);
  }
}

/** The nodes the best path through a scenario passes (from its start, or from a node), each a decision. */
function bestPathNodes(scenario: Scenario, from = scenario.start): string[] {
  const nodes: string[] = [];
  for (let node = scenario.nodes.find((n) => n.id === from); node && node.choices.length > 0; ) {
    nodes.push(node.id);
    const { next } = bestChoice(node);
    node = scenario.nodes.find((n) => n.id === next);
  }
  return nodes;
}

/** The interactions of module steps played on the best path: each scenario decision and knowledge-check answer, in order. */
function stepInteractionIds(module: Module, steps: readonly Step[] = module.steps): string[] {
  return steps.flatMap((step) => {
    if (step.type === 'lesson') return [];
    if (step.type === 'knowledge-check') return step.questions.map((q) => scormIdPath('kc', module.id, q));
    const scenario = module.scenarios.find((s) => s.id === step.scenario) as Scenario;
    return bestPathNodes(scenario).map((node) => scormIdPath('sc', module.id, scenario.id, node));
  });
}

const moduleInteractionIds = (material: CourseMaterial): string[] => material.modules.flatMap(({ content }) => stepInteractionIds(content.module));

const finalInteractionIds = (attempt: number, questionIds: readonly string[]): string[] => questionIds.map((q) => scormIdPath(`final_${attempt}`, q));

/** The course's status and score as each version holds them. */
function courseResult(facts: VersionFacts, outcome: 'passed' | 'failed', score: number): Cmi {
  const range = (prefix: string): Cmi => ({ [`${prefix}.raw`]: String(score), [`${prefix}.min`]: '0', [`${prefix}.max`]: '100' });
  return facts.version === 'scorm12'
    ? { 'cmi.core.lesson_status': outcome, ...range('cmi.core.score') }
    : { 'cmi.completion_status': 'completed', 'cmi.success_status': outcome, 'cmi.score.scaled': String(score / 100), ...range('cmi.score') };
}

/**
 * One objective per module, named by the module's id, recorded as complete, after
 * whatever the LMS held before (Moodle's SCORM 2004 primary objective), which is left alone.
 */
function expectModuleObjectives(cmi: Cmi, facts: VersionFacts, profile: LmsProfile, material: CourseMaterial): void {
  const objectives = objectivesOf(cmi);
  const prefilled = profileHas(profile, facts.version, 'primary-objective-prefilled') ? [MANIFEST_PRIMARY_OBJECTIVE] : [];
  expect(objectives.map((o) => o['id'])).toEqual([...prefilled, ...material.modules.map((m) => scormId(m.id))]);
  for (const objective of objectives.slice(prefilled.length)) {
    expect(objective['id']).toMatch(SCORM_IDENTIFIER);
    const status = facts.version === 'scorm12' ? objective['status'] : objective['completion_status'];
    expect(status, `status of objective ${objective['id']}`).toBe('completed');
  }
}

/** Every interaction recorded, its id SCORM-safe, in the order the learner acted. */
function expectInteractions(cmi: Cmi, expectedIds: readonly string[]): ReturnType<typeof interactionsOf> {
  const interactions = interactionsOf(cmi);
  expect(interactions.length).toBeGreaterThan(0);
  expect(interactions.map((i) => i.id)).toEqual(expectedIds);
  for (const { id } of interactions) expect(id).toMatch(SCORM_IDENTIFIER);
  return interactions;
}

/** After the course has finished: relaunching ends the launch with a normal exit, which each version treats as its spec says. */
async function expectFinishedOnRelaunch(p: PreviewPage, facts: VersionFacts, material: CourseMaterial, result: Cmi): Promise<void> {
  expect(await closeAndRelaunch(p, facts)).toEqual({ exit: facts.finishedExit, terminatedItself: true });
  if (facts.version === 'scorm12') {
    // SCORM 1.2 keeps the data after a normal exit, without "resume": the result stands and the menu says so.
    await expectText(p.cmiValue(facts.entry), previewText.cmi.empty);
    await expectCmi(p, facts, result);
    await onScreen(p.course, material.title);
    await expectText(p.course.locator('p'), uiText('menu.assessment.passed'));
  } else {
    // SCORM 2004 (and Moodle) starts a new attempt after a normal exit.
    await expectText(p.cmiValue(facts.entry), 'ab-initio');
    await expectText(p.page.getByRole('status'), /last exit was “normal”/);
  }
}

/**
 * No API call was answered with an error (a stricter LMS would have lost what it was
 * given), the learner was never told progress may not be saving, and the page kept to the CSP.
 */
async function expectCleanSession(p: PreviewPage, facts: VersionFacts): Promise<void> {
  const log = await apiLog(p);
  expect(refusedWrites(log, facts)).toEqual([]);
  expect(apiErrors(log, facts)).toEqual([]);
  expect(trackingWarnings).toEqual([]);
  expect(await p.course.getByText(uiText('tracking.saveProblem')).count()).toBe(0);
  await p.guard.assertClean(p.page);
}

/**
 * The part-3 figures of issue 10: a successful commit after every module finished and
 * every final-assessment submission, every answer stored, every module objective under
 * its own id, no LMS error, no notice. Printed, so a run shows them per profile and version.
 */
async function expectSaved(p: PreviewPage, facts: VersionFacts, profile: LmsProfile, material: CourseMaterial, expected: { answersGiven: number; submissions: number }): Promise<void> {
  const figures = savingFigures(await apiLog(p), facts, {
    moduleIds: material.modules.map((m) => m.id),
    answersGiven: expected.answersGiven,
    interactionsStored: interactionsOf(await readCmi(p, facts)).length,
    notices: trackingWarnings.length,
    objectiveId: scormId,
  });
  console.info(`saving figures ${material.course.course.id} ${facts.version} ${profile}: ${JSON.stringify(figures)}`);
  expect(figures).toMatchObject({
    modulesFinished: material.modules.length,
    modulesCommitted: material.modules.length,
    submissions: expected.submissions,
    submissionsCommitted: expected.submissions,
    interactionsStored: expected.answersGiven,
    objectivesUnderOwnIds: material.modules.length,
    errors: 0,
    notices: 0,
  });
}

/**
 * Moodle's activity completion for each "completion" setting (docs/lms-admin.md): a fail
 * must leave the activity incomplete and a pass complete under the recommended settings,
 * "Passed" in SCORM 1.2 and "Passed" with "Completed" (or a minimum score) in SCORM 2004.
 */
const MOODLE_COMPLETION = {
  failed: {
    scorm12: { passed: 'incomplete', completed: 'incomplete', 'passed and completed': 'incomplete', 'minimum score 80': 'incomplete' },
    // 2004 reports "completed" with "failed": ticking only "Completed" marks a failed learner complete.
    scorm2004: { passed: 'incomplete', completed: 'complete', 'passed and completed': 'incomplete', 'minimum score 80': 'incomplete' },
  },
  passed: {
    // One lesson_status: "passed" never sets the "completed" bit, so ticking both never completes in 1.2.
    scorm12: { passed: 'complete', completed: 'incomplete', 'passed and completed': 'incomplete', 'minimum score 80': 'complete' },
    // completion_status is stored before success_status, so the bits go 4 then 6 and never equal "Passed" (2) alone.
    scorm2004: { passed: 'incomplete', completed: 'complete', 'passed and completed': 'complete', 'minimum score 80': 'complete' },
  },
} as const;

/** A walk through a tour course takes under a minute, but several on a busy 2-core machine. */
const WALK_TIMEOUT_MS = 360_000;

const RUNS = LMS_PROFILES.flatMap((profile) => Object.values(SCORM_VERSIONS).map((facts) => ({ profile, facts, name: `${facts.version}, ${profile}` })));
type Run = (typeof RUNS)[number];

/**
 * The walks play tour courses (tests/tours/), each 20–60 s, on CI's 2 cores, and the whole
 * `npm test` must stay well under 20 minutes. `npm test` therefore walks a whole course under the LMSs that differ from the
 * tidy preview (moodle and strict, both versions, for the pass walk; one of each version for the
 * longer fail-then-retry walk); the short resume walk runs under every profile and version.
 * TRACKING_MATRIX=full runs every walk under every profile and version.
 */
const FULL_MATRIX = process.env['TRACKING_MATRIX'] === 'full';
const walksIn = (run: Run, walk: 'pass' | 'retry'): boolean => {
  if (FULL_MATRIX) return true;
  if (walk === 'pass') return run.profile !== 'scorm-again';
  return (run.profile === 'moodle' && run.facts.version === 'scorm2004') || (run.profile === 'strict' && run.facts.version === 'scorm12');
};

describe.each(RUNS)('$name', (run) => {
  const { facts, profile } = run;
  if (walksIn(run, 'pass')) {
    it(`${PASS_COURSE}: completing every module and passing the final assessment, closed and relaunched half-way through it, is recorded as passed with the score, interactions and objectives`, async () => {
      const material = loadCourseMaterial(PASS_COURSE);
      const p = await launch(PASS_COURSE, facts, profile, 'pass');
      await completeEveryModule(p, material);
      expectModuleObjectives(await readCmi(p, facts), facts, profile, material);

      // Half-way through the final assessment the learner closes the course; the relaunch reopens
      // it at the next question, the earlier answers kept (no question is asked twice).
      const total = material.course.course.finalAssessment?.questionCount ?? 0;
      expect(total, `${PASS_COURSE} needs a final assessment of at least three questions`).toBeGreaterThanOrEqual(3);
      await click(p.course, uiText('menu.assessment.start'));
      const before = await answerFinalAssessment(p, material, 'right', { until: 2 });
      expect(await closeAndRelaunch(p, facts)).toEqual({ exit: 'suspend', terminatedItself: true });
      await expectText(p.cmiValue(facts.entry), 'resume');
      const asked = [...before, ...(await answerFinalAssessment(p, material, 'right', { from: 2 }))];
      expect(new Set(asked).size).toBe(total);
      await expectText(p.course.locator('p'), uiText('assessment.results.score', { score: 100 }));
      await expectText(p.course.locator('p'), uiText('assessment.results.passed'));
      const result = courseResult(facts, 'passed', 100);
      await expectCmi(p, facts, result);
      await click(p.course, uiText('nav.continue'));
      await onScreen(p.course, uiText('complete.title'));

      const cmi = await readCmi(p, facts);
      const interactions = expectInteractions(cmi, [...moduleInteractionIds(material), ...finalInteractionIds(1, asked)]);
      expect(interactions.slice(-asked.length).map((i) => i.result)).toEqual(asked.map(() => 'correct'));
      expectModuleObjectives(cmi, facts, profile, material);

      await expectSaved(p, facts, profile, material, { answersGiven: interactions.length, submissions: 1 });
      await expectFinishedOnRelaunch(p, facts, material, result);
      await expectCleanSession(p, facts);
    }, WALK_TIMEOUT_MS);
  }

  if (walksIn(run, 'retry')) {
    it(`${RETRY_COURSE}: a failed attempt is recorded as failed with attempts left; "Try again" and a pass are recorded as passed`, async () => {
      const material = loadCourseMaterial(RETRY_COURSE);
      const maxAttempts = material.course.course.finalAssessment?.maxAttempts ?? 0;
      expect(maxAttempts, `${RETRY_COURSE} should limit attempts, so that "attempts left" is shown`).toBeGreaterThan(1);
      const p = await launch(RETRY_COURSE, facts, profile, 'retry');
      await completeEveryModule(p, material);

      await click(p.course, uiText('menu.assessment.start'));
      const failedAttempt = await answerFinalAssessment(p, material, 'wrong');
      await expectText(p.course.locator('p'), uiText('assessment.results.score', { score: 0 }));
      await expectText(p.course.locator('p'), uiText('assessment.results.failed'));
      const left = maxAttempts - 1;
      await expectText(p.course.locator('p'), uiText(left === 1 ? 'assessment.results.attemptsLeft_one' : 'assessment.results.attemptsLeft_other', { count: left }));
      await expectCmi(p, facts, courseResult(facts, 'failed', 0));
      if (profile === 'moodle') expect(moodleCompletions(storedTracks(await apiLog(p), facts))).toEqual(MOODLE_COMPLETION.failed[facts.version]);

      await click(p.course, uiText('assessment.results.tryAgain'));
      const passedAttempt = await answerFinalAssessment(p, material, 'right');
      await expectText(p.course.locator('p'), uiText('assessment.results.passed'));
      const result = courseResult(facts, 'passed', 100);
      await expectCmi(p, facts, result);
      await click(p.course, uiText('nav.continue'));
      await onScreen(p.course, uiText('complete.title'));

      const interactions = expectInteractions(await readCmi(p, facts), [
        ...moduleInteractionIds(material),
        ...finalInteractionIds(1, failedAttempt),
        ...finalInteractionIds(2, passedAttempt),
      ]);
      const finalResults = interactions.slice(-(failedAttempt.length + passedAttempt.length)).map((i) => i.result);
      expect(finalResults).toEqual([...failedAttempt.map(() => facts.wrongResult), ...passedAttempt.map(() => 'correct')]);
      await expectSaved(p, facts, profile, material, { answersGiven: interactions.length, submissions: 2 });
      if (profile === 'moodle') expect(moodleCompletions(storedTracks(await apiLog(p), facts))).toEqual(MOODLE_COMPLETION.passed[facts.version]);

      await expectFinishedOnRelaunch(p, facts, material, result);
      await expectCleanSession(p, facts);
    }, WALK_TIMEOUT_MS);
  }

  it(`${RESUME_COURSE}: closing mid-module suspends, and relaunching resumes at the same screen with the earlier choice and answer kept`, async () => {
    const material = loadCourseMaterial(RESUME_COURSE);
    // A module with a scenario first and a knowledge check of two questions or more after it (any module: the course unlocks freely).
    const first = material.modules.find(({ content: { module } }) => {
      const interactive = module.steps.filter((step) => step.type !== 'lesson');
      const check = interactive.findIndex((step) => step.type === 'knowledge-check' && step.questions.length >= 2);
      return interactive[0]?.type === 'scenario' && check > 0;
    });
    if (!first) throw new Error(`${RESUME_COURSE} has no module with a scenario before a knowledge check`);
    const { content, title } = first;
    const { module, text } = content;
    const p = await launch(RESUME_COURSE, facts, profile, 'resume');
    const player = pointerPlayer(p, content);
    const controls = playerControls(player);
    const heading = p.course.getByRole('heading', { level: 1 });

    /**
     * Closes and relaunches; the course must have suspended and must come back on the
     * same screen. A module with a content warning shows it again first, every time it
     * is opened (moduleMachine: warning → resuming), so the learner is not dropped into
     * upsetting material unwarned.
     */
    const relaunchOnSameScreen = async (): Promise<void> => {
      const before = (await heading.textContent()) ?? '';
      expect(await closeAndRelaunch(p, facts)).toEqual({ exit: 'suspend', terminatedItself: true });
      await expectText(p.cmiValue(facts.entry), 'resume');
      if (module.contentWarning) {
        await onScreen(p.course, uiText('module.warning.title'));
        await controls.activate(uiText('module.warning.continue'));
      }
      await expectText(heading, before);
    };

    // A scenario choice, then close: the scenario comes back at the node that choice led to.
    const made = await playToFirstChoice(player, title);
    await relaunchOnSameScreen();
    await p.course.getByRole('radio', { name: made.nextChoiceLabel, exact: true }).waitFor();
    await continueScenarioBestPath(player, made.scenario, { nodeId: made.nextNodeId, scoreSoFar: made.score });

    // A knowledge-check answer, then close: the check comes back at the next question, the answer kept.
    let answered = false;
    for (const step of module.steps.slice(made.stepIndex + 1)) {
      if (step.type === 'lesson') {
        await onScreen(p.course, text(moduleText.stepTitle(step.id)));
        await controls.activate(uiText('nav.next'));
      } else if (step.type === 'scenario') {
        const scenario = module.scenarios.find((s) => s.id === step.scenario) as Scenario;
        await onScreen(p.course, scenarioHeading(content, scenario));
        await playScenarioBestPath(player, scenario);
      } else if (answered) {
        await finishKnowledgeCheck(player, step);
      } else {
        answered = true;
        await resumeAfterAnswer(step);
      }
    }
    expect(answered, `module "${module.id}" needs a knowledge check after its first scenario for this test`).toBe(true);
    await onScreen(p.course, uiText('module.summary.title', { title: text(moduleText.introTitle) }));
    await controls.activate(uiText('module.summary.finish'));
    await expectText(p.course.getByRole('listitem').filter({ hasText: title }).locator('p, li'), uiText('menu.status.complete'));

    // Each launch added its interactions after the earlier ones: none was lost or written over.
    const later = stepInteractionIds(module, module.steps.slice(made.stepIndex + 1));
    const scenarioIds = [made.scenario.start, ...bestPathNodes(made.scenario, made.nextNodeId)].map((node) =>
      scormIdPath('sc', module.id, made.scenario.id, node),
    );
    const interactions = expectInteractions(await readCmi(p, facts), [...scenarioIds, ...later]);
    expect(interactions.filter((i) => i.id.startsWith('kc__')).map((i) => i.result)).toEqual(
      later.filter((id) => id.startsWith('kc__')).map((_, index) => (index === 0 ? facts.wrongResult : 'correct')),
    );
    await expectCleanSession(p, facts);

    /** Answers the first question wrongly, moves to the second, relaunches, and finds the check there with the first answer kept. */
    async function resumeAfterAnswer(step: KnowledgeCheckStep): Promise<void> {
      const total = step.questions.length;
      const [firstId, secondId] = step.questions;
      const firstQuestion = module.questions.find((q) => q.id === firstId);
      if (!firstQuestion || secondId === undefined) throw new Error(`Knowledge check "${step.id}" needs at least two questions`);
      const secondQuestion = p.course.getByRole('group', { name: text(moduleText.questionPrompt(secondId)) });
      await p.course.getByRole('group', { name: text(moduleText.questionPrompt(firstQuestion.id)) }).waitFor();
      await answerWrongly(player, firstQuestion);
      await controls.activate(uiText('question.submit'));
      await expectText(p.course.locator('p, strong, span'), uiText('question.incorrect'));
      await controls.activate(uiText('question.nextQuestion'));
      await secondQuestion.waitFor();

      await relaunchOnSameScreen();
      await secondQuestion.waitFor();
      // The first answer was kept, not asked again: it is the one wrong answer in the score.
      await finishKnowledgeCheck(player, step, { from: 1, score: percentage(total - 1, total) });
    }
  }, WALK_TIMEOUT_MS);
});

