import type { Page } from 'playwright-core';
import type { LessonBlock } from '../../../src/course/schema/lesson-blocks-schema';
import type { Choice, KnowledgeCheckStep, LessonStep, Question, Scenario, ScenarioNode } from '../../../src/course/schema/module-schema';
import { assessmentModuleIds } from '../../../src/course/machines/course-rules';
import { courseText } from '../../../src/course/text-keys';
import { moduleText } from '../../../src/course/module-text-keys';
import { loadCourseContent, loadModuleContent, uiText, type CourseContent, type ModuleContent } from '../support/course-text';
import { answerBlock, answerCorrectly, answerWrongly, isAnsweredBlock, onScreen, type Player } from '../support/module-walkthrough';
import { rememberLiveRegions } from './page-checks';
import type { ScreenAudit } from './screen-audit';
import type { ShellPanels } from './shell-panels';

/**
 * Walks a whole course in the standalone build and has screens checked on the way: menu,
 * the shell's panels, References, content warning, module intro, every lesson (its
 * reveal cards turned and accordions opened, its spot-the-signs and sort-into-groups
 * blocks answered by keyboard and checked), every scenario node before and after a
 * choice, the ending with its recap, "Try another path" once per course (the worst
 * path, for the risky cues), every knowledge-check question before and after feedback,
 * results, the key points card, a failed and a passed final assessment with every
 * question type, the answer review and the course-complete screen. Questions and
 * choices are answered with the pointer (keyboard-only answering is
 * tests/e2e/module-keyboard's job).
 *
 * The walk is the same in every mode; what the audit checks on the way is not (see
 * ScreenAudit's coverage): every screen in one mode, the first screen of each kind in
 * the others.
 */

export interface BankQuestion {
  question: Question;
  content: ModuleContent;
}

export interface CourseMaterial {
  course: CourseContent;
  modules: Map<string, ModuleContent>;
  /** The final assessment's pooled bank, in the order the course pools it. */
  bank: BankQuestion[];
}

export function loadCourseMaterial(courseId: string): CourseMaterial {
  const course = loadCourseContent(courseId);
  const moduleIds = [...new Set([...course.course.modules.map((m) => m.id), ...assessmentModuleIds(course.course)])];
  const modules = new Map(moduleIds.map((id) => [id, loadModuleContent(id)]));
  const bank = assessmentModuleIds(course.course).flatMap((id) => {
    const content = modules.get(id) as ModuleContent;
    return content.module.questions.map((question) => ({ question, content }));
  });
  return { course, modules, bank };
}

interface Tour {
  page: Page;
  audit: ScreenAudit;
  material: CourseMaterial;
  panels: ShellPanels;
  /** The question ids the first final-assessment attempt must ask (learner-seed.ts). */
  firstAttempt: readonly string[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A heading whose accessible name ends with this text (after a visible caption). */
const endingWith = (text: string): RegExp => new RegExp(`${escapeRegExp(text)}$`);

const clickButton = (page: Page, name: string): Promise<void> => page.getByRole('button', { name, exact: true }).click();

/** The kind of screen a lesson block makes, unanswered (or closed). */
export const blockKind = (block: LessonBlock): string => `lesson block: ${block.type}`;

/** The kind of screen after the learner used the block, for the blocks that change when used. */
export function usedBlockKind(block: LessonBlock): string | undefined {
  if (isAnsweredBlock(block)) return `${blockKind(block)}, checked`;
  if (block.type === 'reveal-cards') return `${blockKind(block)}, card turned`;
  if (block.type === 'accordion') return `${blockKind(block)}, opened`;
  return undefined;
}

/** The kinds a lesson screen shows before anything on it is used. */
export const lessonKinds = (step: LessonStep): string[] => (step.blocks ? step.blocks.map(blockKind) : ['lesson']);

/** Whether an answer is given right or wrong on purpose. */
type Intent = 'right' | 'wrong';

/** Answers with the pointer (keyboard-only answering is tests/e2e/module-keyboard's job). */
function answerQuestion(page: Page, question: Question, content: ModuleContent, intent: Intent): Promise<void> {
  const player = { page, frame: page, content, input: 'pointer' as const };
  return intent === 'right' ? answerCorrectly(player, question) : answerWrongly(player, question);
}

export async function tourCourse(tour: Tour): Promise<void> {
  const { page, audit, material, panels } = tour;
  const title = material.course.text(courseText.title);
  await onScreen(page, title);
  await panels.setDisplay(audit);
  await audit.check({ kind: 'course menu', name: 'course menu', arrival: 'page load' });
  await panels.visitOthers(audit);
  await visitReferences(tour);
  const retried = retriedScenario(material);
  for (const { id } of material.course.course.modules) {
    await tourModule(tour, id, retried);
    await onScreen(page, title);
    await audit.check({ kind: 'course menu', name: `course menu after module "${id}"`, arrival: 'new screen' });
  }
  if (material.course.course.finalAssessment) await tourFinalAssessment(tour);
}

/** The References screen, from the menu's header, and back. */
async function visitReferences(tour: Tour): Promise<void> {
  const { page, audit, material } = tour;
  await page.getByRole('banner').getByRole('button', { name: uiText('references.link'), exact: true }).click();
  await onScreen(page, uiText('references.title'));
  await audit.check({ kind: 'references', name: 'References', arrival: 'new screen' });
  await clickButton(page, uiText('nav.back'));
  await onScreen(page, material.course.text(courseText.title));
}

/** The course's first scenario: after its best path the walk takes "Try another path" and the worst one. */
export function retriedScenario({ course, modules }: CourseMaterial): string | undefined {
  for (const { id } of course.course.modules) {
    const { module } = modules.get(id) as ModuleContent;
    const step = module.steps.find((s) => s.type === 'scenario');
    if (step?.type === 'scenario') return step.scenario;
  }
  return undefined;
}

async function tourModule(tour: Tour, moduleId: string, retried: string | undefined): Promise<void> {
  const { page, audit, material } = tour;
  const content = material.modules.get(moduleId) as ModuleContent;
  const { module, text } = content;
  const moduleTitle = material.course.text(courseText.moduleTitle(moduleId));
  await clickButton(page, uiText('menu.start', { title: moduleTitle }));
  if (module.contentWarning) {
    await onScreen(page, endingWith(uiText('module.warning.title')));
    await audit.check({ kind: 'content warning', name: `content warning of "${moduleId}"`, arrival: 'new screen' });
    await takeBreak(tour, moduleTitle);
    await clickButton(page, uiText('module.warning.continue'));
  }
  await onScreen(page, text(moduleText.introTitle));
  await audit.check({ kind: 'module intro', name: `intro of "${moduleId}"`, arrival: 'new screen' });
  await clickButton(page, uiText('module.intro.start'));

  for (const step of module.steps) {
    if (step.type === 'lesson') {
      await tourLesson(tour, content, step);
    } else if (step.type === 'scenario') {
      const scenario = module.scenarios.find((s) => s.id === step.scenario);
      if (!scenario) throw new Error(`modules/${moduleId}/module.yaml: step "${step.id}" names no scenario`);
      await tourScenario(tour, content, scenario, scenario.id === retried);
    } else {
      await tourKnowledgeCheck(tour, content, step);
    }
  }

  await onScreen(page, uiText('module.summary.title', { title: text(moduleText.introTitle) }));
  await audit.check({ kind: 'key points card', name: `summary of "${moduleId}" (key points card)`, arrival: 'new screen' });
  await clickButton(page, uiText('module.summary.finish'));
}

/**
 * A lesson screen, checked as it opens; then each block that changes when used is used
 * (the first reveal card turned, the first accordion section opened, interactive blocks
 * answered by keyboard with one item wrong, so both verdicts show) and the screen is
 * checked again. Where the audit has already seen those kinds, the blocks are left alone.
 */
async function tourLesson(tour: Tour, content: ModuleContent, step: LessonStep): Promise<void> {
  const { page, audit } = tour;
  const where = `lesson "${content.module.id}/${step.id}"`;
  await onScreen(page, content.text(moduleText.stepTitle(step.id)));
  await audit.check({ kind: lessonKinds(step), name: where, arrival: 'new screen' });
  const used: string[] = [];
  for (const block of step.blocks ?? []) {
    const kind = usedBlockKind(block);
    if (kind === undefined || !audit.wants(kind)) continue;
    if (isAnsweredBlock(block)) {
      const player: Player = { page, frame: page, content, input: 'keyboard' };
      await answerBlock(player, step.id, block, 'first wrong');
    } else if (block.type === 'reveal-cards' || block.type === 'accordion') {
      // Found by its place among the screen's blocks of that type: the player typesets quotes
      // and apostrophes, so the prompt on screen need not match the locale file's characters.
      const nth = (step.blocks ?? []).filter((b) => b.type === block.type).indexOf(block);
      if (block.type === 'reveal-cards') {
        const cards = page.locator('.reveal-cards').nth(nth);
        await cards.getByRole('button').first().click();
        // The card says it is turned (aria-expanded), not only shows it.
        await cards.locator('button[aria-expanded="true"]').first().waitFor();
      } else {
        const accordion = page.locator('.block.accordion').nth(nth);
        await accordion.locator('summary').first().click();
        await accordion.locator('details[open]').first().waitFor();
      }
    }
    used.push(kind);
  }
  if (used.length > 0) await audit.check({ kind: used, name: `${where}, blocks used`, arrival: 'same screen' });
  await clickButton(page, uiText('nav.next'));
}

/**
 * "Take a break" from a content warning: back on the menu a notice says progress is
 * kept (announced by its status region), then the learner comes back to the warning.
 */
async function takeBreak(tour: Tour, moduleTitle: string): Promise<void> {
  const { page, audit, material } = tour;
  await rememberLiveRegions(page);
  await clickButton(page, uiText('module.warning.takeBreak'));
  await onScreen(page, material.course.text(courseText.title));
  const notice = uiText('contentWarning.breakNotice');
  await page.getByText(notice, { exact: true }).waitFor();
  await audit.check({ kind: 'course menu after a break', name: 'course menu after "Take a break"', arrival: 'new screen' });
  await audit.checkFeedback('course menu after "Take a break"', notice);
  const back = [uiText('menu.resume', { title: moduleTitle }), uiText('menu.start', { title: moduleTitle })];
  await page.getByRole('button', { name: back[0], exact: true }).or(page.getByRole('button', { name: back[1], exact: true })).click();
  await onScreen(page, endingWith(uiText('module.warning.title')));
}

/** The choice the walk makes at a node: the best, or (on the second path) the worst, the first of equals. */
export type PathRule = 'best' | 'worst';

export const choiceBy = (node: ScenarioNode, rule: PathRule): Choice =>
  node.choices.reduce((a, b) => (rule === 'best' ? b.score > a.score : b.score < a.score) ? b : a);

/** The nodes with choices the walk visits by this rule from the start, each with the choice made. */
export function pathOf(scenario: Scenario, rule: PathRule): { node: ScenarioNode; choice: Choice }[] {
  const path: { node: ScenarioNode; choice: Choice }[] = [];
  for (let nodeId: string | undefined = scenario.start; nodeId !== undefined; ) {
    const node = scenario.nodes.find((n) => n.id === nodeId);
    if (!node || node.choices.length === 0) break;
    const choice = choiceBy(node, rule);
    path.push({ node, choice });
    nodeId = choice.next;
  }
  return path;
}

/** A node told as a phone-style message thread is its own kind of screen, so the gate sees one in every mode. */
export const choiceScreenKind = (node: ScenarioNode): string => (node.messages ? 'scenario message thread' : 'scenario choice');

const CUE_WORDS = { 2: 'a good choice', 1: 'partly right', 0: 'a risky choice' } as const;

/** Feedback after a choice, by its cue; a choice sent as a reply into a thread is its own kind. */
export const feedbackKind = (node: ScenarioNode, choice: Choice): string =>
  `scenario feedback: ${CUE_WORDS[choice.score as 0 | 1 | 2]}${node.messages && choice.reply ? ', the reply in the thread' : ''}`;

/**
 * Plays the best path, checking every node before and after choosing and the ending
 * with its recap; when `retry`, then "Try another path" and the worst path to its ending.
 */
async function tourScenario(tour: Tour, content: ModuleContent, scenario: Scenario, retry: boolean): Promise<void> {
  const { page, audit } = tour;
  const where = `scenario "${scenario.id}"`;
  await onScreen(page, content.text(moduleText.scenarioTitle(scenario.id)));
  await page.getByRole('button', { name: uiText('scenario.start'), exact: true }).waitFor();
  await audit.check({ kind: 'scenario intro', name: `${where}, intro`, arrival: 'new screen' });
  await clickButton(page, uiText('scenario.start'));
  await playPath(tour, content, scenario, 'best');
  await page.getByRole('heading', { level: 2, name: uiText('scenario.endingHeading'), exact: true }).waitFor();
  await page.getByRole('heading', { name: uiText('scenario.recapHeading'), exact: true }).waitFor();
  await audit.check({ kind: 'scenario ending with its recap', name: `${where}, ending`, arrival: 'new screen' });
  if (retry) {
    await clickButton(page, uiText('scenario.tryAnother'));
    await playPath(tour, content, scenario, 'worst', 'after "Try another path"');
    await page.getByText(uiText('scenario.attempt', { number: 2 }), { exact: false }).waitFor();
    await audit.check({ kind: 'scenario ending of a second path', name: `${where}, ending of the worst path`, arrival: 'new screen' });
  }
  await clickButton(page, uiText('scenario.finish'));
}

/** Follows the rule from the start node to an ending; every node is checked before and after choosing. */
async function playPath(tour: Tour, content: ModuleContent, scenario: Scenario, rule: PathRule, label = ''): Promise<void> {
  const { page, audit } = tour;
  const where = `scenario "${scenario.id}"${label ? `, ${label}` : ''}`;
  for (const [index, { node, choice }] of pathOf(scenario, rule).entries()) {
    const text = content.text(moduleText.choiceLabel(scenario.id, node.id, choice.id));
    const radio = page.getByRole('radio', { name: text, exact: true });
    await radio.waitFor();
    const kind = label && index === 0 ? 'scenario start after "Try another path"' : choiceScreenKind(node);
    await audit.check({ kind, name: `${where}, node "${node.id}"`, arrival: 'new screen' });
    await radio.check();
    await rememberLiveRegions(page);
    await clickButton(page, uiText('scenario.choose'));
    const youChose = uiText('scenario.youChose', { choice: text });
    await page.getByText(youChose, { exact: true }).waitFor();
    await audit.check({ kind: feedbackKind(node, choice), name: `${where}, ${rule} choice at "${node.id}"`, arrival: 'same screen' });
    await audit.checkFeedback(`${where}, feedback at "${node.id}"`, youChose);
    await clickButton(page, uiText('nav.continue'));
  }
}

/** The first question is answered wrongly, the rest rightly, so both kinds of feedback are seen. */
async function tourKnowledgeCheck(tour: Tour, content: ModuleContent, step: KnowledgeCheckStep): Promise<void> {
  const { page, audit } = tour;
  const total = step.questions.length;
  for (const [index, questionId] of step.questions.entries()) {
    const question = content.module.questions.find((q) => q.id === questionId);
    if (!question) throw new Error(`Knowledge check "${step.id}": no question "${questionId}"`);
    const where = `knowledge check "${step.id}", ${question.type} question "${question.id}"`;
    await onScreen(page, endingWith(uiText('question.counter', { current: index + 1, total })));
    await audit.check({ kind: `knowledge check: ${question.type}`, name: where, arrival: 'new screen' });
    const intent: Intent = index === 0 ? 'wrong' : 'right';
    await answerQuestion(page, question, content, intent);
    await rememberLiveRegions(page);
    await clickButton(page, uiText('question.submit'));
    const verdict = uiText(intent === 'right' ? 'question.correct' : 'question.incorrect');
    await page.getByText(verdict, { exact: true }).waitFor();
    await audit.check({ kind: `knowledge check: ${question.type}, feedback`, name: `${where}, feedback`, arrival: 'same screen' });
    await audit.checkFeedback(`${where}, feedback`, verdict);
    await clickButton(page, uiText(index === total - 1 ? 'question.finishCheck' : 'question.nextQuestion'));
  }
  await onScreen(page, uiText('assessment.results.title'));
  await audit.check({ kind: 'knowledge check results', name: `results of knowledge check "${step.id}"`, arrival: 'new screen' });
  await clickButton(page, uiText('nav.continue'));
}

/** Which bank question the screen asks, found by its prompt (the question's legend). */
async function questionOnScreen(page: Page, bank: readonly BankQuestion[]): Promise<BankQuestion> {
  const legend = ((await page.locator('legend').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const found = bank.find(({ question, content }) => content.text(moduleText.questionPrompt(question.id)) === legend);
  if (!found) throw new Error(`The final assessment asks "${legend}", which is in no module's question bank`);
  return found;
}

/**
 * Answers one attempt. In the first, checks that it asks the questions of the fixed
 * seed's draw, and checks each question screen before and after answering. Returns, in
 * order, whether each answer was meant to be right.
 */
async function answerAttempt(tour: Tour, intentFor: (index: number, question: Question) => Intent, first: boolean): Promise<Intent[]> {
  const { page, audit, material } = tour;
  const total = material.course.course.finalAssessment?.questionCount ?? 0;
  const intents: Intent[] = [];
  for (let index = 0; index < total; index += 1) {
    await onScreen(page, endingWith(uiText('question.counter', { current: index + 1, total })));
    const { question, content } = await questionOnScreen(page, material.bank);
    if (first && question.id !== tour.firstAttempt[index]) {
      throw new Error(
        `The first attempt should ask "${tour.firstAttempt[index]}" as question ${index + 1} (the fixed learner seed's draw), ` +
          `but asks "${question.id}": has the way the course picks a learner's seed (src/app/main.tsx) changed? See tests/e2e/a11y/learner-seed.ts`,
      );
    }
    const where = `final assessment, ${question.type} question "${question.id}"`;
    if (first) await audit.check({ kind: `final assessment: ${question.type}`, name: where, arrival: 'new screen' });
    const intent = intentFor(index, question);
    await answerQuestion(page, question, content, intent);
    if (first) await audit.check({ kind: `final assessment: ${question.type}, answered`, name: `${where}, answered`, arrival: 'same screen' });
    intents.push(intent);
    await clickButton(page, uiText('question.submit'));
  }
  return intents;
}

/**
 * A failed attempt (checked screen by screen, then reviewed), then a passed one, then
 * course complete. In the failed attempt the first question is answered rightly, so the
 * review shows both verdicts, and so is an ordering question: a wrong ordering answer
 * leaves the shuffled list as it is, and the right one moves items, as a learner would.
 */
async function tourFinalAssessment(tour: Tour): Promise<void> {
  const { page, audit } = tour;
  await clickButton(page, uiText('menu.assessment.start'));
  const intents = await answerAttempt(tour, (index, question) => (index === 0 || question.type === 'ordering' ? 'right' : 'wrong'), true);

  await onScreen(page, uiText('assessment.results.title'));
  await page.getByText(uiText('assessment.results.failed'), { exact: true }).waitFor();
  await audit.check({ kind: 'final assessment results: not passed', name: 'final assessment results, not passed', arrival: 'new screen' });
  await clickButton(page, uiText('assessment.results.review'));
  await onScreen(page, uiText('assessment.review.title'));
  await audit.check({ kind: 'answer review', name: 'answer review', arrival: 'new screen' });
  await checkReviewVerdicts(tour, intents);
  await clickButton(page, uiText('assessment.review.close'));
  await onScreen(page, uiText('assessment.results.title'));
  await clickButton(page, uiText('assessment.results.tryAgain'));

  await answerAttempt(tour, () => 'right', false);
  await onScreen(page, uiText('assessment.results.title'));
  await page.getByText(uiText('assessment.results.passed'), { exact: true }).waitFor();
  await audit.check({ kind: 'final assessment results: passed', name: 'final assessment results, passed', arrival: 'new screen' });
  await clickButton(page, uiText('nav.continue'));
  await onScreen(page, uiText('complete.title'));
  await audit.check({ kind: 'course complete', name: 'course complete', arrival: 'new screen' });
}

/** Each reviewed question says "Correct" or "Incorrect" in words, matching the answer given. */
async function checkReviewVerdicts(tour: Tour, intents: readonly Intent[]): Promise<void> {
  const { page, audit } = tour;
  for (const [index, intent] of intents.entries()) {
    const heading = page.getByRole('heading', { level: 2, name: uiText('question.number', { number: index + 1 }), exact: true });
    const item = page.getByRole('listitem').filter({ has: heading });
    const verdict = uiText(intent === 'right' ? 'question.correct' : 'question.incorrect');
    if ((await item.getByText(verdict, { exact: true }).count()) !== 1) {
      audit.record('feedback', `answer review, question ${index + 1}`, `does not say "${verdict}" in words`);
    }
  }
}
