import type { Page } from 'playwright-core';
import type { KnowledgeCheckStep, Question, Scenario } from '../../../src/course/schema/module-schema';
import { maxScenarioScore } from '../../../src/course/scoring/scenario-scoring';
import { moduleText } from '../../../src/course/text-keys';
import type { ModuleContent } from './course-text';
import { uiText } from './course-text';
import { activate, chooseRadio, selectWithArrows, setCheckbox, type Scope } from './keyboard';
import { expectText } from './waits';

/**
 * Plays module screens by keyboard alone, reading what to press from the module's
 * own YAML: the best-scoring choice at every scenario node, the correct answer to
 * every question. Each helper waits for its screen before it presses anything.
 */

export interface Player {
  page: Page;
  frame: Scope;
  content: ModuleContent;
}

/** Waits for the screen's h1. */
export async function onScreen(frame: Scope, title: string | RegExp): Promise<void> {
  await frame.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Follows the highest-scoring choice at each node to an ending; returns the score. */
export async function playScenarioBestPath({ page, frame, content }: Player, scenario: Scenario): Promise<number> {
  const { text } = content;
  await activate(page, frame, uiText('scenario.start'));
  let nodeId: string | undefined = scenario.start;
  let score = 0;
  for (;;) {
    const node = scenario.nodes.find((n) => n.id === nodeId);
    if (!node) throw new Error(`Scenario "${scenario.id}": no node "${String(nodeId)}"`);
    if (node.choices.length === 0) break;
    const best = node.choices.reduce((a, b) => (b.score > a.score ? b : a));
    await chooseRadio(page, frame, text(moduleText.choiceLabel(scenario.id, node.id, best.id)));
    await activate(page, frame, uiText('scenario.choose'));
    score += best.score;
    await activate(page, frame, uiText('nav.continue'));
    nodeId = best.next;
    if (nodeId === undefined) break;
  }
  const maxScore = maxScenarioScore(scenario);
  await expectText(frame.locator('p'), uiText('scenario.score', { score, maxScore }));
  await activate(page, frame, uiText('scenario.finish'));
  return score;
}

/** Puts ordering items in order with the "Move up" buttons, as a keyboard user would. */
async function orderItems({ page, frame, content }: Player, question: Extract<Question, { type: 'ordering' }>): Promise<void> {
  const labels = question.items.map((item) => content.text(moduleText.questionItem(question.id, item)));
  const listItems = frame.getByRole('group', { name: content.text(moduleText.questionPrompt(question.id)) }).getByRole('listitem');
  const positionOf = async (label: string): Promise<number> =>
    (await listItems.allTextContents()).findIndex((itemText) => itemText.includes(label));
  for (const [target, label] of labels.entries()) {
    for (let position = await positionOf(label); position > target; position -= 1) {
      await activate(page, frame, uiText('question.ordering.moveUp', { item: label }));
      await listItems.nth(position - 1).filter({ hasText: label }).waitFor();
    }
  }
}

/** Gives the correct answer to a question by keyboard. */
export async function answerCorrectly(player: Player, question: Question): Promise<void> {
  const { page, frame, content } = player;
  const { text } = content;
  switch (question.type) {
    case 'single-choice': {
      const correct = question.options.find((option) => option.correct);
      if (!correct) throw new Error(`Question "${question.id}" has no correct option`);
      return chooseRadio(page, frame, text(moduleText.questionOption(question.id, correct.id)));
    }
    case 'multiple-choice':
      for (const option of question.options) {
        await setCheckbox(page, frame, text(moduleText.questionOption(question.id, option.id)), option.correct);
      }
      return;
    case 'true-false':
      return chooseRadio(page, frame, uiText(question.answer ? 'question.true' : 'question.false'));
    case 'ordering':
      return orderItems(player, question);
    case 'matching':
      for (const prompt of question.prompts) {
        await selectWithArrows(
          page,
          frame,
          text(moduleText.questionMatchPrompt(question.id, prompt.id)),
          text(moduleText.questionMatchTarget(question.id, prompt.match)),
        );
      }
      return;
  }
}

/** Answers every question of a knowledge check correctly, and leaves its results with a 100% score. */
export async function passKnowledgeCheck(player: Player, step: KnowledgeCheckStep): Promise<void> {
  const { page, frame, content } = player;
  for (const [index, questionId] of step.questions.entries()) {
    const question = content.module.questions.find((q) => q.id === questionId);
    if (!question) throw new Error(`Knowledge check "${step.id}": no question "${questionId}"`);
    await frame.getByRole('group', { name: content.text(moduleText.questionPrompt(question.id)) }).waitFor();
    await answerCorrectly(player, question);
    await activate(page, frame, uiText('question.submit'));
    await expectText(frame.locator('p, strong, span'), uiText('question.correct'));
    const isLast = index === step.questions.length - 1;
    await activate(page, frame, uiText(isLast ? 'question.finishCheck' : 'question.nextQuestion'));
  }
  // The check ends on its results (assessmentMachine: check → results → done).
  await onScreen(frame, uiText('assessment.results.title'));
  await expectText(frame.locator('p'), uiText('assessment.results.score', { score: 100 }));
  await activate(page, frame, uiText('nav.continue'));
}
