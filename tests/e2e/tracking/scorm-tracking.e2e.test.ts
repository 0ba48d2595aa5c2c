import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import previewText from '../../../preview/locales/en-GB.json';
import type { KnowledgeCheckStep, Module, Scenario, Step } from '../../../src/course/schema/module-schema';
import { percentage } from '../../../src/course/scoring/question-scoring';
import { moduleText } from '../../../src/course/text-keys';
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
import { apiLog, expectCmi, interactionsOf, objectivesOf, readCmi, refusedWrites, type Cmi } from './lms-record';
import { SCORM_VERSIONS, type VersionFacts } from './scorm-versions';
import { servePackages, type ServedPackages } from './served-packages';

/**
 * What the LMS records, in both SCORM versions, over the course as packaged: the real
 * zips are unpacked as an LMS would and run in the preview LMS (scorm-again). A learner
 * passes first time (parents' course), fails and then passes (practitioners' course,
 * which limits attempts), and leaves part-way through a module and comes back; the
 * test reads what the LMS holds and how the course ended each launch. Clicks, not
 * keys: keyboard access is module-keyboard's subject.
 */

const PASS_COURSE = 'parents-and-carers';
const RETRY_COURSE = 'risks-to-children';
const RESUME_COURSE = 'risks-to-children';
/** Interaction and objective identifiers: letters, digits and underscores (the strictest LMS reading of both versions). */
const SCORM_IDENTIFIER = /^\w{1,250}$/;

let browser: Browser;
let served: ServedPackages;
let preview: PreviewPage | undefined;

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

async function launch(courseId: string, facts: VersionFacts, testName: string): Promise<PreviewPage> {
  preview = await openPreview(browser, `${served.server.url}?course=${courseId}&version=${facts.version}`);
  captureOnFailure(preview.page, `tracking-${facts.version}-${testName}`);
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

/** One objective per module, named by the module's id, recorded as complete. */
function expectModuleObjectives(cmi: Cmi, facts: VersionFacts, material: CourseMaterial): void {
  const objectives = objectivesOf(cmi);
  expect(objectives.map((o) => o['id'])).toEqual(material.modules.map((m) => scormId(m.id)));
  for (const objective of objectives) {
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

/** Nothing the course wrote was refused (a stricter LMS would have lost it), and the page kept to the CSP. */
async function expectCleanSession(p: PreviewPage, facts: VersionFacts): Promise<void> {
  expect(refusedWrites(await apiLog(p), facts)).toEqual([]);
  await p.guard.assertClean(p.page);
}

describe.each(Object.values(SCORM_VERSIONS))('$version', (facts) => {
  it(`${PASS_COURSE}: completing every module and passing the final assessment is recorded as passed with the score, interactions and objectives`, async () => {
    const material = loadCourseMaterial(PASS_COURSE);
    const p = await launch(PASS_COURSE, facts, 'pass');
    await completeEveryModule(p, material);
    expectModuleObjectives(await readCmi(p, facts), facts, material);

    await click(p.course, uiText('menu.assessment.start'));
    const asked = await answerFinalAssessment(p, material, 'right');
    await expectText(p.course.locator('p'), uiText('assessment.results.score', { score: 100 }));
    await expectText(p.course.locator('p'), uiText('assessment.results.passed'));
    const result = courseResult(facts, 'passed', 100);
    await expectCmi(p, facts, result);
    await click(p.course, uiText('nav.continue'));
    await onScreen(p.course, uiText('complete.title'));

    const cmi = await readCmi(p, facts);
    const interactions = expectInteractions(cmi, [...moduleInteractionIds(material), ...finalInteractionIds(1, asked)]);
    expect(interactions.slice(-asked.length).map((i) => i.result)).toEqual(asked.map(() => 'correct'));
    expectModuleObjectives(cmi, facts, material);

    await expectFinishedOnRelaunch(p, facts, material, result);
    await expectCleanSession(p, facts);
  });

  it(`${RETRY_COURSE}: a failed attempt is recorded as failed with attempts left; "Try again" and a pass are recorded as passed`, async () => {
    const material = loadCourseMaterial(RETRY_COURSE);
    const maxAttempts = material.course.course.finalAssessment?.maxAttempts ?? 0;
    expect(maxAttempts, `${RETRY_COURSE} should limit attempts, so that "attempts left" is shown`).toBeGreaterThan(1);
    const p = await launch(RETRY_COURSE, facts, 'retry');
    await completeEveryModule(p, material);

    await click(p.course, uiText('menu.assessment.start'));
    const failedAttempt = await answerFinalAssessment(p, material, 'wrong');
    await expectText(p.course.locator('p'), uiText('assessment.results.score', { score: 0 }));
    await expectText(p.course.locator('p'), uiText('assessment.results.failed'));
    const left = maxAttempts - 1;
    await expectText(p.course.locator('p'), uiText(left === 1 ? 'assessment.results.attemptsLeft_one' : 'assessment.results.attemptsLeft_other', { count: left }));
    await expectCmi(p, facts, courseResult(facts, 'failed', 0));

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

    await expectFinishedOnRelaunch(p, facts, material, result);
    await expectCleanSession(p, facts);
  });

  it(`${RESUME_COURSE}: closing mid-module suspends, and relaunching resumes at the same screen with the earlier choice and answer kept`, async () => {
    const material = loadCourseMaterial(RESUME_COURSE);
    const [first] = material.modules;
    if (!first) throw new Error(`${RESUME_COURSE} has no modules`);
    const { content, title } = first;
    const { module, text } = content;
    const p = await launch(RESUME_COURSE, facts, 'resume');
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
    await expectText(p.course.getByRole('listitem').filter({ hasText: title }).locator('p'), uiText('menu.status.complete'));

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
  });
});

