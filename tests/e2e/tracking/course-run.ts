import previewText from '../../../preview/locales/en-GB.json';
import { assessmentModuleIds } from '../../../src/course/machines/course-rules';
import type { Choice, Question, Scenario, ScenarioNode } from '../../../src/course/schema/module-schema';
import { courseText } from '../../../src/course/text-keys';
import { moduleText } from '../../../src/course/module-text-keys';
import { loadCourseContent, loadModuleContent, uiText, type CourseContent, type ModuleContent } from '../support/course-text';
import { answerCorrectly, answerWrongly, onScreen, playerControls, scenarioHeading, type Player } from '../support/module-walkthrough';
import type { PreviewPage } from '../support/preview-page';
import { callsOf } from '../support/preview-page';
import { expectAtLeast, expectText } from '../support/waits';
import { apiLog, lastLaunchEnding, type LaunchEnding } from './lms-record';
import type { VersionFacts } from './scorm-versions';

/**
 * A learner's way through a whole course in the preview LMS, by pointer: its modules
 * and the final assessment, whose questions are drawn with a seed, so each one is
 * read off the screen and answered from the module it comes from.
 */

export interface BankQuestion {
  question: Question;
  content: ModuleContent;
}

export interface CourseMaterial {
  course: CourseContent;
  title: string;
  modules: { id: string; title: string; content: ModuleContent }[];
  /** Every question the final assessment can ask. */
  bank: BankQuestion[];
}

export function loadCourseMaterial(courseId: string): CourseMaterial {
  const course = loadCourseContent(courseId);
  const contents = new Map<string, ModuleContent>();
  const contentOf = (id: string): ModuleContent => {
    const known = contents.get(id) ?? loadModuleContent(id);
    contents.set(id, known);
    return known;
  };
  return {
    course,
    title: course.text(courseText.title),
    modules: course.course.modules.map(({ id }) => ({ id, title: course.text(courseText.moduleTitle(id)), content: contentOf(id) })),
    bank: assessmentModuleIds(course.course).flatMap((id) => contentOf(id).module.questions.map((question) => ({ question, content: contentOf(id) }))),
  };
}

/** A player for the course in the preview's frame, by pointer; `content` is the module being played. */
export const pointerPlayer = (preview: PreviewPage, content: ModuleContent): Player => ({
  page: preview.page,
  frame: preview.course,
  content,
  input: 'pointer',
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Which bank question the screen asks, found by its prompt (the question's legend). */
async function questionOnScreen(preview: PreviewPage, bank: readonly BankQuestion[]): Promise<BankQuestion> {
  const legend = ((await preview.course.locator('legend').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const found = bank.find(({ question, content }) => content.text(moduleText.questionPrompt(question.id)) === legend);
  if (!found) throw new Error(`The final assessment asks "${legend}", which is in no module's question bank`);
  return found;
}

export type Intent = 'right' | 'wrong';

/**
 * Answers every question of the final-assessment attempt on screen, from its first,
 * rightly or wrongly; leaves the learner on the results. Returns the ids of the
 * questions asked, in order.
 */
export async function answerFinalAssessment(
  preview: PreviewPage,
  material: CourseMaterial,
  intent: Intent,
  /** Question numbers from 0: answers questions `from` up to (not including) `until`; the results are awaited only after the last. */
  part: { from?: number; until?: number } = {},
): Promise<string[]> {
  const total = material.course.course.finalAssessment?.questionCount;
  if (total === undefined) throw new Error(`Course "${material.course.course.id}" has no final assessment`);
  const until = part.until ?? total;
  const asked: string[] = [];
  for (let index = part.from ?? 0; index < until; index += 1) {
    const counter = uiText('question.counter', { current: index + 1, total });
    await onScreen(preview.course, new RegExp(`${escapeRegExp(counter)}$`));
    const { question, content } = await questionOnScreen(preview, material.bank);
    const player = pointerPlayer(preview, content);
    await (intent === 'right' ? answerCorrectly(player, question) : answerWrongly(player, question));
    await playerControls(player).activate(uiText('question.submit'));
    asked.push(question.id);
  }
  if (until === total) await onScreen(preview.course, uiText('assessment.results.title'));
  return asked;
}

/**
 * "Close and relaunch (resume)" in the preview: the course frame goes (and with it the
 * course, which should save, set exit and terminate on pagehide) and a new launch
 * starts. Returns how the course ended the launch that was closed.
 */
export async function closeAndRelaunch(preview: PreviewPage, facts: VersionFacts): Promise<LaunchEnding> {
  const launches = await callsOf(preview, facts.methods.initialize).count();
  await preview.page.getByRole('button', { name: previewText.attempt.relaunch, exact: true }).click();
  await expectAtLeast(callsOf(preview, facts.methods.initialize), launches + 1);
  return lastLaunchEnding(await apiLog(preview), facts);
}

/** The highest-scoring choice at a node (the first of equals), as the walkthrough takes it. */
export const bestChoice = (node: ScenarioNode): Choice => node.choices.reduce((a, b) => (b.score > a.score ? b : a));

export interface FirstChoice {
  /** Index in the module's steps of the scenario. */
  stepIndex: number;
  scenario: Scenario;
  /** Points of the choice taken. */
  score: number;
  /** The node the choice led to, which the best choice does not lead to. */
  nextNodeId: string;
  /** The label of a choice at that node: seeing it shows which choice was taken. */
  nextChoiceLabel: string;
}

/**
 * From the course menu: opens the module, accepts its content warning, reads its
 * lessons up to its first scenario, and there takes a first choice that leads
 * somewhere the best choice does not. Stops on that choice's feedback.
 */
export async function playToFirstChoice(player: Player, moduleTitle: string): Promise<FirstChoice> {
  const { frame, content } = player;
  const { module, text } = content;
  const controls = playerControls(player);
  await controls.activate(uiText('menu.start', { title: moduleTitle }));
  if (module.contentWarning) await controls.activate(uiText('module.warning.continue'));
  await onScreen(frame, text(moduleText.introTitle));
  await controls.activate(uiText('module.intro.start'));
  for (const [stepIndex, step] of module.steps.entries()) {
    if (step.type === 'lesson') {
      await onScreen(frame, text(moduleText.stepTitle(step.id)));
      await controls.activate(uiText('nav.next'));
      continue;
    }
    const scenario = module.scenarios.find((s) => s.id === (step.type === 'scenario' ? step.scenario : undefined));
    if (!scenario) throw new Error(`Module "${module.id}": step "${step.id}" comes before any scenario`);
    const start = scenario.nodes.find((n) => n.id === scenario.start);
    const choice = start?.choices.find((c) => c.next !== undefined && c.next !== bestChoice(start).next);
    const next = scenario.nodes.find((n) => n.id === choice?.next);
    const nextChoice = next?.choices[0];
    if (!start || !choice || !next || !nextChoice) throw new Error(`Scenario "${scenario.id}": no first choice leads to a decision the best choice does not`);
    const label = text(moduleText.choiceLabel(scenario.id, start.id, choice.id));
    await onScreen(frame, scenarioHeading(content, scenario));
    await controls.activate(uiText('scenario.start'));
    await controls.chooseRadio(label);
    await controls.activate(uiText('scenario.choose'));
    await expectText(frame.locator('p'), uiText('scenario.youChose', { choice: label }));
    return { stepIndex, scenario, score: choice.score, nextNodeId: next.id, nextChoiceLabel: text(moduleText.choiceLabel(scenario.id, next.id, nextChoice.id)) };
  }
  throw new Error(`Module "${module.id}" has no scenario`);
}
