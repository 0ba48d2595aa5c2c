import type { Locator, Page } from 'playwright-core';
import type { SortIntoGroupsBlock, SpotTheSignsBlock } from '../../../src/course/schema/lesson-blocks-schema';
import type { KnowledgeCheckStep, LessonStep, Question, Scenario } from '../../../src/course/schema/module-schema';
import { maxScenarioScore } from '../../../src/course/scoring/scenario-scoring';
import { moduleText } from '../../../src/course/module-text-keys';
import type { ModuleContent } from './course-text';
import { uiText } from './course-text';
import * as keyboard from './keyboard';
import type { Scope } from './keyboard';
import * as pointer from './pointer';
import { expectText } from './waits';

/**
 * Plays module screens, reading what to press from the module's own YAML: the
 * best-scoring choice at every scenario node, the correct (or a wrong) answer to
 * every question. By keyboard alone unless the player says `input: 'pointer'`
 * (tests about tracking, where clicks are quicker). Each helper waits for its
 * screen before it presses anything.
 */

export interface Player {
  page: Page;
  frame: Scope;
  content: ModuleContent;
  /** How controls are operated: keyboard alone (the default) or pointer. */
  input?: 'keyboard' | 'pointer';
}

/** The operations the walkthrough needs, by keyboard or by pointer. */
export interface PlayerControls {
  /** A button or link, by its accessible name. */
  activate(name: string): Promise<void>;
  chooseRadio(name: string): Promise<void>;
  setCheckbox(name: string, checked: boolean): Promise<void>;
  /** Picks an option, by its label, in the drop-down list with this name. */
  select(comboboxName: string, optionLabel: string): Promise<void>;
}

export function playerControls({ page, frame, input = 'keyboard' }: Player): PlayerControls {
  if (input === 'pointer') {
    return {
      activate: (name) => pointer.click(frame, name),
      chooseRadio: (name) => pointer.checkRadio(frame, name),
      setCheckbox: (name, checked) => pointer.setCheckbox(frame, name, checked),
      select: (comboboxName, optionLabel) => pointer.selectByLabel(frame, comboboxName, optionLabel),
    };
  }
  return {
    activate: (name) => keyboard.activate(page, frame, name),
    chooseRadio: (name) => keyboard.chooseRadio(page, frame, name),
    setCheckbox: (name, checked) => keyboard.setCheckbox(page, frame, name, checked),
    select: (comboboxName, optionLabel) => keyboard.selectWithArrows(page, frame, comboboxName, optionLabel),
  };
}

/** Waits for the screen's h1; fails naming the screen that is showing instead. */
export async function onScreen(frame: Scope, title: string | RegExp): Promise<void> {
  try {
    await frame.getByRole('heading', { level: 1, name: title }).waitFor();
  } catch (error) {
    const shown = await frame.getByRole('heading', { level: 1 }).allTextContents().catch(() => []);
    const showing = shown.map((text) => `"${text.replace(/\s+/g, ' ').trim()}"`).join(', ') || 'no h1';
    throw new Error(`Expected the screen ${String(title)}, but the screen shows ${showing}`, { cause: error });
  }
}

/** Follows the highest-scoring choice at each node to an ending; returns the score. */
export async function playScenarioBestPath(player: Player, scenario: Scenario): Promise<number> {
  await playerControls(player).activate(uiText('scenario.start'));
  return continueScenarioBestPath(player, scenario, { nodeId: scenario.start, scoreSoFar: 0 });
}

export interface ScenarioPosition {
  /** The node on screen, waiting for a choice. */
  nodeId: string;
  /** Points of the choices made before it (the ending shows the total). */
  scoreSoFar: number;
}

/** From a node waiting for a choice, follows the highest-scoring choices to the ending and finishes; returns the total score. */
export async function continueScenarioBestPath(player: Player, scenario: Scenario, { nodeId: startNodeId, scoreSoFar }: ScenarioPosition): Promise<number> {
  const { frame, content } = player;
  const { text } = content;
  const controls = playerControls(player);
  let nodeId: string | undefined = startNodeId;
  let score = scoreSoFar;
  for (let decisions = 0; ; decisions += 1) {
    // Validation rejects cycles; the bound keeps a test from running on if one slips through.
    if (decisions > scenario.nodes.length) throw new Error(`Scenario "${scenario.id}": the best path never reaches an ending`);
    const node = scenario.nodes.find((n) => n.id === nodeId);
    if (!node) throw new Error(`Scenario "${scenario.id}": no node "${String(nodeId)}"`);
    if (node.choices.length === 0) break;
    const best = node.choices.reduce((a, b) => (b.score > a.score ? b : a));
    await controls.chooseRadio(text(moduleText.choiceLabel(scenario.id, node.id, best.id)));
    await controls.activate(uiText('scenario.choose'));
    score += best.score;
    await controls.activate(uiText('nav.continue'));
    nodeId = best.next;
    if (nodeId === undefined) break;
  }
  const maxScore = maxScenarioScore(scenario);
  await expectText(frame.locator('p'), uiText('scenario.score', { score, maxScore }));
  await controls.activate(uiText('scenario.finish'));
  return score;
}

/** A lesson block the learner answers and checks (reported as an interaction). */
export type AnsweredBlock = SpotTheSignsBlock | SortIntoGroupsBlock;

export const isAnsweredBlock = (block: { type: string }): block is AnsweredBlock => block.type === 'spot-the-signs' || block.type === 'sort-into-groups';

/**
 * How a block is answered: all right, or with its first item wrong and the rest right,
 * so the checked block shows both verdicts.
 */
export type BlockIntent = 'right' | 'first wrong';

/** The part of the screen one interactive block takes, found by its prompt. */
export function blockScope({ frame, content }: Player, stepId: string, block: AnsweredBlock): Locator {
  const prompt = content.text(moduleText.blockText(stepId, block.id, 'prompt'));
  return frame.locator('.interactive-block').filter({ hasText: prompt });
}

/**
 * Answers a spot-the-signs or sort-into-groups block (each item's checkbox, or each item's
 * radio group of groups), checks it, and waits for the summary to say the score the
 * answer earns.
 */
export async function answerBlock(player: Player, stepId: string, block: AnsweredBlock, intent: BlockIntent = 'right'): Promise<void> {
  const { content } = player;
  const text = (field: string): string => content.text(moduleText.blockText(stepId, block.id, field));
  const scope = blockScope(player, stepId, block);
  const controls = playerControls({ ...player, frame: scope });
  const wrongAt = (index: number): boolean => intent === 'first wrong' && index === 0;
  let summary: string;
  if (block.type === 'spot-the-signs') {
    const ticks = block.items.map((item, index) => (wrongAt(index) ? !item.sign : item.sign));
    for (const [index, item] of block.items.entries()) await controls.setCheckbox(text(`items.${item.id}.label`), ticks[index] ?? false);
    const signs = block.items.filter((item) => item.sign);
    const found = signs.filter((item) => ticks[block.items.indexOf(item)]).length;
    const wrong = block.items.filter((item, index) => !item.sign && ticks[index]).length;
    summary = uiText('lessonBlocks.signs.summary', { found, total: signs.length }) + (wrong > 0 ? ` ${uiText('lessonBlocks.signs.wrong', { count: wrong })}` : '');
  } else {
    let right = 0;
    for (const [index, item] of block.items.entries()) {
      const group = wrongAt(index) ? block.groups.find((g) => g !== item.group) : item.group;
      if (group === undefined) throw new Error(`Block "${stepId}/${block.id}": no group but "${item.group}" to put "${item.id}" in wrongly`);
      if (group === item.group) right += 1;
      const itemScope = scope.getByRole('group', { name: text(`items.${item.id}.label`), exact: true });
      await playerControls({ ...player, frame: itemScope }).chooseRadio(text(`groups.${group}`));
    }
    summary = uiText('lessonBlocks.sort.summary', { right, total: block.items.length });
  }
  await controls.activate(uiText('lessonBlocks.check'));
  await expectText(scope.locator('p'), summary);
}

/** Answers (rightly) and checks every interactive block of a lesson screen. */
export async function answerLessonBlocks(player: Player, step: LessonStep): Promise<void> {
  for (const block of step.blocks ?? []) if (isAnsweredBlock(block)) await answerBlock(player, step.id, block);
}

type OrderingQuestion = Extract<Question, { type: 'ordering' }>;

/** The 0-based position on screen of each item label of an ordering question. */
async function orderingPositions({ frame, content }: Player, question: OrderingQuestion): Promise<(label: string) => number> {
  const listItems = frame.getByRole('group', { name: content.text(moduleText.questionPrompt(question.id)) }).getByRole('listitem');
  const shown = await listItems.allTextContents();
  return (label) => shown.findIndex((itemText) => itemText.includes(label));
}

/** Moves one item a place up or down and waits for the list to show it there. */
async function moveItem(player: Player, question: OrderingQuestion, label: string, direction: 'up' | 'down'): Promise<void> {
  const { frame, content } = player;
  const from = (await orderingPositions(player, question))(label);
  await playerControls(player).activate(uiText(direction === 'up' ? 'question.ordering.moveUp' : 'question.ordering.moveDown', { item: label }));
  const listItems = frame.getByRole('group', { name: content.text(moduleText.questionPrompt(question.id)) }).getByRole('listitem');
  await listItems.nth(from + (direction === 'up' ? -1 : 1)).filter({ hasText: label }).waitFor();
}

const itemLabels = ({ content }: Player, question: OrderingQuestion): string[] =>
  question.items.map((item) => content.text(moduleText.questionItem(question.id, item)));

/** Puts ordering items in order with the "Move up" buttons. */
async function orderItems(player: Player, question: OrderingQuestion): Promise<void> {
  for (const [target, label] of itemLabels(player, question).entries()) {
    for (let position = (await orderingPositions(player, question))(label); position > target; position -= 1) {
      await moveItem(player, question, label, 'up');
    }
  }
}

/** Gives the correct answer to a question. */
export async function answerCorrectly(player: Player, question: Question): Promise<void> {
  const { text } = player.content;
  const controls = playerControls(player);
  switch (question.type) {
    case 'single-choice': {
      const correct = question.options.find((option) => option.correct);
      if (!correct) throw new Error(`Question "${question.id}" has no correct option`);
      return controls.chooseRadio(text(moduleText.questionOption(question.id, correct.id)));
    }
    case 'multiple-choice':
      for (const option of question.options) {
        await controls.setCheckbox(text(moduleText.questionOption(question.id, option.id)), option.correct);
      }
      return;
    case 'true-false':
      return controls.chooseRadio(uiText(question.answer ? 'question.true' : 'question.false'));
    case 'ordering':
      return orderItems(player, question);
    case 'matching':
      for (const prompt of question.prompts) {
        await controls.select(
          text(moduleText.questionMatchPrompt(question.id, prompt.id)),
          text(moduleText.questionMatchTarget(question.id, prompt.match)),
        );
      }
      return;
  }
}

/** Gives an answer that is wrong in every part, so it can never score by luck. */
export async function answerWrongly(player: Player, question: Question): Promise<void> {
  const { text } = player.content;
  const controls = playerControls(player);
  switch (question.type) {
    case 'single-choice': {
      const wrong = question.options.find((option) => !option.correct);
      if (!wrong) throw new Error(`Question "${question.id}" has no wrong option`);
      return controls.chooseRadio(text(moduleText.questionOption(question.id, wrong.id)));
    }
    case 'multiple-choice': {
      const wrong = question.options.find((option) => !option.correct);
      if (!wrong) throw new Error(`Question "${question.id}" has no wrong option`);
      for (const option of question.options) {
        await controls.setCheckbox(text(moduleText.questionOption(question.id, option.id)), option === wrong);
      }
      return;
    }
    case 'true-false':
      return controls.chooseRadio(uiText(question.answer ? 'question.false' : 'question.true'));
    case 'ordering': {
      // The list starts shuffled away from the answer; one move puts it right if it ever does not.
      const labels = itemLabels(player, question);
      const positionOf = await orderingPositions(player, question);
      const [first] = labels;
      if (first !== undefined && labels.every((label, index) => positionOf(label) === index)) await moveItem(player, question, first, 'down');
      return;
    }
    case 'matching':
      for (const prompt of question.prompts) {
        const wrong = question.targets.find((target) => target !== prompt.match);
        if (wrong === undefined) throw new Error(`Question "${question.id}": prompt "${prompt.id}" has no wrong target`);
        await controls.select(text(moduleText.questionMatchPrompt(question.id, prompt.id)), text(moduleText.questionMatchTarget(question.id, wrong)));
      }
      return;
  }
}

export interface FinishCheckOptions {
  /** Index of the first question still to answer (a resumed check starts further on). */
  from?: number;
  /** The score the results must show, in percent. */
  score?: number;
}

/** Answers a knowledge check's questions from `from` on correctly, and leaves its results, which must show `score`. */
export async function finishKnowledgeCheck(player: Player, step: KnowledgeCheckStep, { from = 0, score = 100 }: FinishCheckOptions = {}): Promise<void> {
  const { frame, content } = player;
  const controls = playerControls(player);
  for (const [index, questionId] of step.questions.entries()) {
    if (index < from) continue;
    const question = content.module.questions.find((q) => q.id === questionId);
    if (!question) throw new Error(`Knowledge check "${step.id}": no question "${questionId}"`);
    await frame.getByRole('group', { name: content.text(moduleText.questionPrompt(question.id)) }).waitFor();
    await answerCorrectly(player, question);
    await controls.activate(uiText('question.submit'));
    await expectText(frame.locator('p, strong, span'), uiText('question.correct'));
    const isLast = index === step.questions.length - 1;
    await controls.activate(uiText(isLast ? 'question.finishCheck' : 'question.nextQuestion'));
  }
  // The check ends on its results (assessmentMachine: check → results → done).
  await onScreen(frame, uiText('assessment.results.title'));
  await expectText(frame.locator('p'), uiText('assessment.results.score', { score }));
  await controls.activate(uiText('nav.continue'));
}

/** Answers every question of a knowledge check correctly, and leaves its results with a 100% score. */
export function passKnowledgeCheck(player: Player, step: KnowledgeCheckStep): Promise<void> {
  return finishKnowledgeCheck(player, step);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The h1 of a scenario screen: its title, possibly with a caption around it. */
export const scenarioHeading = (content: ModuleContent, scenario: Scenario): RegExp =>
  new RegExp(escapeRegExp(content.text(moduleText.scenarioTitle(scenario.id))));

/**
 * Plays a module from its button in the course menu to "Finish the module": the
 * content warning, the intro, every lesson, the best path through every scenario and
 * every knowledge-check question answered correctly, and, with `answerBlocks`, every
 * interactive lesson block answered rightly. Leaves the learner on the menu.
 */
export async function playModule(player: Player, moduleTitle: string, { answerBlocks = false }: { answerBlocks?: boolean } = {}): Promise<void> {
  const { frame, content } = player;
  const { module, text } = content;
  const controls = playerControls(player);
  await controls.activate(uiText('menu.start', { title: moduleTitle }));
  if (module.contentWarning) {
    await onScreen(frame, uiText('module.warning.title'));
    await controls.activate(uiText('module.warning.continue'));
  }
  await onScreen(frame, text(moduleText.introTitle));
  await controls.activate(uiText('module.intro.start'));
  for (const step of module.steps) {
    if (step.type === 'lesson') {
      await onScreen(frame, text(moduleText.stepTitle(step.id)));
      if (answerBlocks) await answerLessonBlocks(player, step);
      await controls.activate(uiText('nav.next'));
    } else if (step.type === 'scenario') {
      const scenario = module.scenarios.find((s) => s.id === step.scenario);
      if (!scenario) throw new Error(`modules/${module.id}/module.yaml: step "${step.id}" names no scenario`);
      await onScreen(frame, scenarioHeading(content, scenario));
      await playScenarioBestPath(player, scenario);
    } else {
      await passKnowledgeCheck(player, step);
    }
  }
  await onScreen(frame, uiText('module.summary.title', { title: text(moduleText.introTitle) }));
  await controls.activate(uiText('module.summary.finish'));
}
