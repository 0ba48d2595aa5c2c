import type { Frame, Locator } from 'playwright-core';
import { menuTitle, type CourseContent } from '../lib/course-content';
import { answerKey, choicesByScore, type Answer, type QuestionAnswer } from './answer-key';
import { uiStrings as ui, uiText } from './ui-text';

/**
 * A scripted learner: looks at the screen the way a learner with a screen reader would
 * (headings, buttons, radio groups by their names) and takes the step forward a diligent
 * learner takes: accepts warnings, reads on, makes the best scenario choice and gives the
 * right answers. Every wait is bounded; when it cannot go on, the error says which
 * screen it was on, which buttons it saw and what it did last.
 */

export interface Screen {
  /** Text of the visible h1. */
  heading: string;
  /** A scenario decision ("What do you do?") is on screen. */
  choosing: boolean;
}

export interface Learner {
  screen(): Promise<Screen>;
  /** Moves forward until `goal` holds for the screen; `description` names the goal in errors. */
  advanceUntil(goal: (screen: Screen) => boolean, description: string, maxSteps?: number): Promise<Screen>;
  /** Clicks, selections and answers so far. */
  readonly actions: number;
  /** Questions answered and scenario choices made: each should be one interaction in the LMS. */
  readonly answers: number;
  /** Questions whose prompt was not in the content, answered with the first option. */
  readonly unknownQuestions: readonly string[];
}

export class LearnerError extends Error {
  override readonly name = 'LearnerError';
}

/** How long a screen may take to appear or to change after a click (module chunks load over a slow link). */
export const SCREEN_TIMEOUT_MS = 20_000;
/** For a goal inside the course (its first lesson, its first scenario); the whole course has a limit of its own (step-limit.ts). */
const DEFAULT_MAX_STEPS = 400;
/** How long to wait before looking at a screen again when it offers no way forward yet. */
const RETRY_MS = 100;
/** What a learner can click to move on; the learner finds them by index in document order. */
const CONTROLS = 'button, a[href]';

interface View {
  choosing: boolean;
  /** `usable`: shown and not disabled. A question's submit button is shown but disabled until it is answered. */
  controls: { name: string; shown: boolean; usable: boolean }[];
}
const MAX_ORDERING_MOVES = 64;

/** Buttons that move a learner on, in the order they are tried. */
const FORWARD_BUTTONS: readonly string[] = [
  ui.module.warning.continue,
  ui.module.intro.start,
  ui.scenario.start,
  ui.question.nextQuestion,
  ui.question.finishCheck,
  ui.scenario.finish,
  ui.module.summary.finish,
  ui.assessment.submitAssessment,
  ui.menu.assessment.resume,
  ui.menu.assessment.start,
  ui.nav.next,
  ui.nav.continue,
  ui.assessment.review.close,
  // Last: leaving a screen sideways is only right when nothing else is offered.
  ui.nav.backToMenu,
].map((text) => uiText(text));

export function createLearner(frame: Frame, content: CourseContent): Learner {
  const questions = answerKey(content);
  const choices = choicesByScore(content);
  const moduleButtons = content.modules.flatMap(({ module }) => {
    const title = menuTitle(content, module.id);
    return [uiText(ui.menu.resume, { title }), uiText(ui.menu.start, { title })];
  });
  const completeTitle = uiText(ui.complete.title);
  const resultsTitle = uiText(ui.assessment.results.title);
  const recent: string[] = [];
  const unknownQuestions: string[] = [];
  let actions = 0;
  let answers = 0;

  const record = (what: string): void => {
    actions += 1;
    recent.push(what);
    if (recent.length > 8) recent.shift();
  };

  const visible = (locator: Locator): Locator => locator.filter({ visible: true }).first();
  const isThere = async (locator: Locator): Promise<boolean> => (await locator.filter({ visible: true }).count()) > 0;
  const button = (name: string): Locator => visible(frame.getByRole('button', { name, exact: true }));

  /**
   * What is on screen, read in one cheap pass in the page. Playwright's role queries
   * compute accessible names across the whole page in the page's own main thread; run
   * for every candidate button at every step, they were a large part of the blocking
   * time Lighthouse measured during the learner's clicks, which no real learner causes.
   * A control's name here is its text minus aria-hidden parts (our buttons carry no
   * aria-label), which is its accessible name.
   */
  async function look(): Promise<View> {
    // No named functions inside: tsx (esbuild keepNames) would wrap them in a helper the page lacks.
    return frame.evaluate(
      ({ legend, selector }) => {
        const view: View = { choosing: false, controls: [] };
        for (const el of document.querySelectorAll('fieldset > legend')) {
          if (el.getClientRects().length > 0 && (el.textContent ?? '').replace(/\s+/g, ' ').trim() === legend) view.choosing = true;
        }
        for (const el of document.querySelectorAll(selector)) {
          let name = el.getAttribute('aria-label');
          if (name === null) {
            name = '';
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.parentElement?.closest('[aria-hidden="true"]')) name += node.textContent ?? '';
            }
          }
          const shown = el.getClientRects().length > 0;
          view.controls.push({ name: name.replace(/\s+/g, ' ').trim(), shown, usable: shown && !(el instanceof HTMLButtonElement && el.disabled) });
        }
        return view;
      },
      { legend: uiText(ui.scenario.legend), selector: CONTROLS },
    );
  }

  async function screen(): Promise<Screen> {
    const heading = visible(frame.locator('h1'));
    try {
      await heading.waitFor({ state: 'visible', timeout: SCREEN_TIMEOUT_MS });
    } catch {
      throw new LearnerError(`No heading (h1) appeared within ${SCREEN_TIMEOUT_MS / 1000} s. ${await describe()}`);
    }
    return { heading: (await heading.innerText()).trim(), choosing: (await look()).choosing };
  }

  async function describe(): Promise<string> {
    // No named functions inside: tsx (esbuild keepNames) would wrap them in a helper the page lacks.
    const state = await frame
      .evaluate(() => {
        const [headings = [], buttons = []] = ['h1', 'button, a[href], [role="button"]'].map((selector) =>
          [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
        return { url: location.href, headings, buttons, error: null as string | null };
      })
      .catch((error: unknown) => ({ url: frame.url(), headings: [], buttons: [], error: String(error) }));
    return (
      `Screen: ${state.url}, heading ${JSON.stringify(state.headings)}, buttons ${JSON.stringify(state.buttons)}` +
      `${state.error === null ? '' : ` (could not read the page: ${state.error})`}. ` +
      `Last actions: ${recent.length ? recent.join(' → ') : 'none'}.`
    );
  }

  /** Runs `action`, then waits until the page text changes (the next screen, or feedback). */
  async function actAndWait(what: string, action: () => Promise<void>): Promise<void> {
    // textContent, not innerText, and a 50 ms poll, not every frame: innerText forces a
    // layout on each check, which would count as the course's blocking time.
    const before = await frame.evaluate(() => document.body.textContent);
    await action();
    record(what);
    try {
      await frame.waitForFunction((previous) => document.body.textContent !== previous, before, { timeout: SCREEN_TIMEOUT_MS, polling: 50 });
    } catch {
      throw new LearnerError(`"${what}" did not change the screen within ${SCREEN_TIMEOUT_MS / 1000} s. ${await describe()}`);
    }
  }

  async function currentQuestion(): Promise<{ group: Locator; entry: QuestionAnswer | null }> {
    const legends = (await frame.locator('fieldset > legend').filter({ visible: true }).allInnerTexts()).map((t) => t.trim());
    const scenarioLegend = uiText(ui.scenario.legend);
    const prompt = legends.find((legend) => legend !== scenarioLegend);
    if (prompt === undefined) throw new LearnerError(`"${uiText(ui.question.submit)}" is offered but no question fieldset is visible. ${await describe()}`);
    const entry = questions.find((q) => q.prompt === prompt) ?? null;
    if (!entry) unknownQuestions.push(prompt);
    return { group: visible(frame.getByRole('group', { name: prompt, exact: true })), entry };
  }

  async function tick(group: Locator, label: string): Promise<void> {
    for (const role of ['radio', 'checkbox'] as const) {
      const control = group.getByRole(role, { name: label, exact: true });
      if ((await control.count()) > 0) {
        await control.first().check({ timeout: SCREEN_TIMEOUT_MS });
        record(`tick "${label}"`);
        return;
      }
    }
    throw new LearnerError(`No radio or checkbox named "${label}" in the question. ${await describe()}`);
  }

  /** The ordering question's items as listed now, identified by the content's labels. */
  async function currentOrder(group: Locator, labels: readonly string[]): Promise<string[]> {
    const rows = await group.getByRole('listitem').allInnerTexts();
    return rows.map((row) => {
      const found = labels
        .map((label) => ({ label, at: row.indexOf(label) }))
        .filter((c) => c.at >= 0)
        .sort((a, b) => a.at - b.at || b.label.length - a.label.length)[0];
      return found?.label ?? row;
    });
  }

  async function answer(group: Locator, given: Answer): Promise<void> {
    switch (given.kind) {
      case 'tick':
        for (const label of given.labels) await tick(group, label);
        return;
      case 'match':
        for (const { prompt, target } of given.pairs) {
          await group.getByRole('combobox', { name: prompt, exact: true }).selectOption({ label: target }, { timeout: SCREEN_TIMEOUT_MS });
          record(`match "${prompt}" → "${target}"`);
        }
        return;
      case 'order': {
        let moves = 0;
        for (const [target, label] of given.labels.entries()) {
          let index = (await currentOrder(group, given.labels)).indexOf(label);
          if (index < 0) throw new LearnerError(`Ordering item "${label}" is not in the list. ${await describe()}`);
          for (; index > target; index -= 1) {
            if (++moves > MAX_ORDERING_MOVES) throw new LearnerError(`Ordering did not settle after ${MAX_ORDERING_MOVES} moves. ${await describe()}`);
            await group.getByRole('button', { name: uiText(ui.question.ordering.moveUp, { item: label }), exact: true }).click();
            record(`move up "${label}"`);
          }
        }
        return;
      }
    }
  }

  /** An unknown question still gets an answer (the first option), so the run can go on. */
  async function answerAnyhow(group: Locator): Promise<void> {
    const first = group.getByRole('radio').or(group.getByRole('checkbox')).first();
    if ((await first.count()) > 0) {
      await first.check();
      record('tick the first option of an unknown question');
      return;
    }
    for (const select of await group.getByRole('combobox').all()) await select.selectOption({ index: 1 });
    record('choose the first answer in each row of an unknown question');
  }

  async function answerQuestion(submit: Locator): Promise<void> {
    const { group, entry } = await currentQuestion();
    if (entry) await answer(group, entry.answer);
    else await answerAnyhow(group);
    await actAndWait(`${uiText(ui.question.submit)} (${entry?.questionId ?? 'unknown question'})`, () => submit.click({ timeout: SCREEN_TIMEOUT_MS }));
    answers += 1;
  }

  async function chooseBest(): Promise<void> {
    const group = visible(frame.getByRole('group', { name: uiText(ui.scenario.legend), exact: true }));
    let chosen: string | null = null;
    for (const { label } of choices) {
      const radio = group.getByRole('radio', { name: label, exact: true });
      if ((await radio.count()) > 0) {
        await radio.first().check({ timeout: SCREEN_TIMEOUT_MS });
        chosen = label;
        break;
      }
    }
    if (chosen === null) {
      await group.getByRole('radio').first().check({ timeout: SCREEN_TIMEOUT_MS });
      chosen = 'the first choice (labels not in the content)';
    }
    record(`choose "${chosen}"`);
    await actAndWait(uiText(ui.scenario.choose), () => button(uiText(ui.scenario.choose)).click({ timeout: SCREEN_TIMEOUT_MS }));
    answers += 1;
  }

  async function clickFirstOf(names: readonly string[], view: View): Promise<boolean> {
    for (const name of names) {
      const index = view.controls.findIndex((control) => control.usable && control.name === name);
      if (index >= 0) {
        await actAndWait(name, () => frame.locator(CONTROLS).nth(index).click({ timeout: SCREEN_TIMEOUT_MS }));
        return true;
      }
    }
    return false;
  }

  /** One move forward; false when the screen offers none (yet). */
  async function tryStep(current: Screen): Promise<boolean> {
    const view = await look();
    const submitName = uiText(ui.question.submit);
    if (view.controls.some((control) => control.shown && control.name === submitName)) {
      await answerQuestion(button(submitName));
      return true;
    }
    if (current.choosing) {
      await chooseBest();
      return true;
    }
    if (current.heading === resultsTitle && (await isThere(frame.getByText(uiText(ui.assessment.results.failed), { exact: true })))) {
      if (await clickFirstOf([uiText(ui.assessment.results.tryAgain)], view)) return true;
      throw new LearnerError(`The scripted learner failed the final assessment and has no attempts left. ${await describe()}`);
    }
    return (await clickFirstOf(moduleButtons, view)) || clickFirstOf(FORWARD_BUTTONS, view);
  }

  /**
   * The page may still be between screens (a screen's code or texts loading, a heading
   * not yet replaced): look again until a way forward shows, within the screen timeout.
   */
  async function step(current: Screen): Promise<void> {
    const deadline = Date.now() + SCREEN_TIMEOUT_MS;
    let screenNow = current;
    while (!(await tryStep(screenNow))) {
      if (Date.now() > deadline) throw new LearnerError(`No way forward on this screen. ${await describe()}`);
      await frame.waitForTimeout(RETRY_MS);
      screenNow = await screen();
    }
  }

  return {
    screen,
    get actions() {
      return actions;
    },
    get answers() {
      return answers;
    },
    get unknownQuestions() {
      return unknownQuestions;
    },
    async advanceUntil(goal, description, maxSteps = DEFAULT_MAX_STEPS) {
      for (let taken = 0; taken < maxSteps; taken += 1) {
        const current = await screen();
        if (goal(current)) return current;
        if (current.heading === completeTitle) throw new LearnerError(`Reached "${completeTitle}" without reaching ${description}. ${await describe()}`);
        await step(current);
      }
      throw new LearnerError(`Did not reach ${description} within ${maxSteps} steps. ${await describe()}`);
    },
  };
}
