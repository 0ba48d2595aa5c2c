import type { Module, Question, Scenario, ScenarioNode } from '../schema/module-schema';
import { decodeInt, isDigit, MARK } from './codec-alphabet';
import type { LearnerPreferences } from './learner-preferences';
import type { Decoded, ProgressContent } from './progress-content';
import { PREFERENCES_SECTION, readPreferences } from './progress-codec-preferences';
import { BLOCKS_SECTION, readBlocks } from './progress-codec-blocks';
import { COURSE_SECTION, readCourseSection } from './progress-codec-course';
import { courseModules } from './progress-content';
import {
  ATTEMPT_COUNT_WIDTH,
  ATTEMPT_SCORE_WIDTH,
  NO_SCORE,
  POSITION_KIND,
  RESPONSE_TAG,
  SCORE_WIDTH,
  SECTION,
  SEED_WIDTH,
  unseal,
  V1,
  V2,
  V3,
} from './progress-format-v1';
import { ASSESSMENT_QUESTION_KEY_WIDTH, KEY_WIDTH, resolveKey } from './content-keys';
import { assessmentModules } from './progress-keys';
import {
  emptyModuleProgress,
  emptyProgress,
  type AssessmentAttempt,
  type ModulePosition,
  type ModuleProgress,
  type Response,
} from './progress-record';

// Reads versions 1, 2 and 3 of the saved-progress format (see progress-format-v1.ts); they
// differ only in version 2's scenario attempts and version 3's course section.

type Version = typeof V1 | typeof V2 | typeof V3;

/** Splits a section body into its leading part and the runs that start with `~`, `!` or `*`. */
function splitRuns(body: string): { head: string; runs: { mark: string; text: string }[] } {
  const parts = body.split(/(?=[~!*])/);
  const head = parts[0]?.match(/^[~!*]/) ? '' : (parts.shift() ?? '');
  return { head, runs: parts.map((p) => ({ mark: p.charAt(0), text: p.slice(1) })) };
}

/** Splits digits into fixed-width keys, or null if they do not divide evenly. */
function keysOf(text: string, width: number = KEY_WIDTH): string[] | null {
  if (text.length % width !== 0 || ![...text].every(isDigit)) return null;
  const keys: string[] = [];
  for (let i = 0; i < text.length; i += width) keys.push(text.slice(i, i + width));
  return keys;
}

class Reader {
  readonly warnings: string[] = [];
  constructor(
    readonly content: ProgressContent,
    readonly salt: number,
    readonly version: Version,
  ) {}

  warn(message: string): void {
    this.warnings.push(message);
  }

  resolve(ids: readonly string[], key: string, what: string, width: number = KEY_WIDTH): string | null {
    const found = resolveKey(ids, key, this.salt, width);
    if (found.ok) return found.id;
    this.warn(
      found.reason === 'gone'
        ? `${what} (key "${key}") no longer exists in the course; dropped.`
        : `${what} (key "${key}") matches more than one item in the current content; dropped.`,
    );
    return null;
  }

  resolveAll(ids: readonly string[], keys: readonly string[], what: string): string[] | null {
    const resolved = keys.map((k) => this.resolve(ids, k, what));
    return resolved.every((id): id is string => id !== null) ? resolved : null;
  }

  response(question: Question, text: string, where: string): Response | null {
    const tag = text.charAt(0);
    const rest = text.slice(1);
    const what = `${where}: an answer to question "${question.id}"`;
    const mismatch = (): null => {
      this.warn(`${what} no longer fits the question (its type or parts changed); dropped.`);
      return null;
    };
    switch (question.type) {
      case 'single-choice': {
        if (tag !== RESPONSE_TAG['single-choice'] || rest.length !== KEY_WIDTH) return mismatch();
        const option = this.resolve(question.options.map((o) => o.id), rest, `${what} names an option that`);
        return option === null ? null : { type: 'single-choice', option };
      }
      case 'multiple-choice': {
        const keys = keysOf(rest);
        if (tag !== RESPONSE_TAG['multiple-choice'] || keys === null) return mismatch();
        const options = this.resolveAll(question.options.map((o) => o.id), keys, `${what} names an option that`);
        return options === null ? null : { type: 'multiple-choice', options };
      }
      case 'true-false':
        if (rest !== '' || (tag !== RESPONSE_TAG.true && tag !== RESPONSE_TAG.false)) return mismatch();
        return { type: 'true-false', value: tag === RESPONSE_TAG.true };
      case 'ordering': {
        const keys = keysOf(rest);
        if (tag !== RESPONSE_TAG.ordering || keys === null) return mismatch();
        const order = this.resolveAll(question.items, keys, `${what} names an item that`);
        return order === null ? null : { type: 'ordering', order };
      }
      case 'matching': {
        const keys = keysOf(rest, KEY_WIDTH * 2);
        if (tag !== RESPONSE_TAG.matching || keys === null) return mismatch();
        const pairs: Record<string, string> = {};
        for (const pairKey of keys) {
          const prompt = this.resolve(question.prompts.map((p) => p.id), pairKey.slice(0, KEY_WIDTH), `${what} names a prompt that`);
          const target = this.resolve(question.targets, pairKey.slice(KEY_WIDTH), `${what} names a target that`);
          if (prompt === null || target === null) return null;
          pairs[prompt] = target;
        }
        return { type: 'matching', pairs };
      }
    }
  }

  scenarioPath(scenario: Scenario, keys: readonly string[], where: string): string[] {
    const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    const path: string[] = [];
    let nodeId: string | undefined = scenario.start;
    for (const key of keys) {
      const node: ScenarioNode | undefined = nodeId === undefined ? undefined : nodes.get(nodeId);
      const choiceId: string | null = node ? this.resolve(node.choices.map((c) => c.id), key, `${where}: a choice in scenario "${scenario.id}"`) : null;
      if (!node || choiceId === null) {
        if (!node) this.warn(`${where}: the path through scenario "${scenario.id}" goes past its ending; kept up to the ending.`);
        break;
      }
      path.push(choiceId);
      nodeId = node.choices.find((c) => c.id === choiceId)?.next;
    }
    return path;
  }

  position(module: Module, kind: number, stepKey: string, where: string): ModulePosition {
    if (kind === POSITION_KIND.summary) return { at: 'summary' };
    if (kind === POSITION_KIND.step) {
      const stepId = this.resolve(module.steps.map((s) => s.id), stepKey, `${where}: the screen the learner was on`);
      if (stepId !== null) return { at: 'step', stepId };
    }
    return { at: 'intro' };
  }

  module(body: string): { moduleId: string; progress: ModuleProgress } | null {
    const { head, runs } = splitRuns(body.slice(1));
    const moduleKey = head.slice(0, KEY_WIDTH);
    const state = decodeInt(head.slice(KEY_WIDTH, KEY_WIDTH + 1));
    const stepKey = head.slice(KEY_WIDTH + 1);
    const kind = state === null ? -1 : state >> 1;
    // A step position carries the step's key; the others carry nothing more.
    const stepKeyFits = stepKey.length === (kind === POSITION_KIND.step ? KEY_WIDTH : 0);
    if (head.length < KEY_WIDTH + 1 || state === null || kind > POSITION_KIND.summary || !stepKeyFits) {
      this.warn('A module section is malformed; dropped.');
      return null;
    }
    const moduleId = this.resolve(this.content.course.modules.map((m) => m.id), moduleKey, 'Progress in a module');
    if (moduleId === null) return null;
    const where = `Module "${moduleId}"`;
    const progress: ModuleProgress = { ...emptyModuleProgress(), completed: (state & 1) === 1 };
    const module = this.content.modules[moduleId];
    if (!module) {
      if (kind !== POSITION_KIND.intro || runs.length > 0) this.warn(`${where}: its content is not available, so only whether it was completed is kept.`);
      return { moduleId, progress };
    }
    progress.position = this.position(module, kind, stepKey, where);
    for (const run of runs) {
      const key = run.text.slice(0, KEY_WIDTH);
      if (run.mark === MARK.scenario) {
        const keys = keysOf(run.text);
        if (keys === null || keys.length === 0) {
          this.warn(`${where}: a scenario path is malformed; dropped.`);
          continue;
        }
        const scenarioId = this.resolve(module.scenarios.map((s) => s.id), key, `${where}: a scenario`);
        const scenario = module.scenarios.find((s) => s.id === scenarioId);
        if (!scenario || progress.scenarios[scenario.id]) continue;
        progress.scenarios[scenario.id] = this.scenarioPath(scenario, keys.slice(1), where);
      } else if (run.mark === MARK.answer) {
        if (run.text.length <= KEY_WIDTH) {
          this.warn(`${where}: an answer is malformed; dropped.`);
          continue;
        }
        const questionId = this.resolve(module.questions.map((q) => q.id), key, `${where}: an answer to a question`);
        const question = module.questions.find((q) => q.id === questionId);
        if (!question || progress.answers[question.id]) continue;
        const response = this.response(question, run.text.slice(KEY_WIDTH), where);
        if (response) progress.answers[question.id] = response;
      } else if (run.mark === MARK.attempt && this.version >= V2) {
        const earlier = decodeInt(run.text.slice(KEY_WIDTH, KEY_WIDTH + ATTEMPT_COUNT_WIDTH));
        const bestScore = decodeInt(run.text.slice(KEY_WIDTH + ATTEMPT_COUNT_WIDTH));
        if (run.text.length !== KEY_WIDTH + ATTEMPT_COUNT_WIDTH + ATTEMPT_SCORE_WIDTH || earlier === null || bestScore === null || earlier === 0) {
          this.warn(`${where}: a scenario's earlier attempts are malformed; dropped.`);
          continue;
        }
        const scenarioId = this.resolve(module.scenarios.map((s) => s.id), key, `${where}: earlier attempts at a scenario`);
        if (scenarioId === null || progress.scenarioAttempts?.[scenarioId]) continue;
        progress.scenarioAttempts = { ...progress.scenarioAttempts, [scenarioId]: { earlier, bestScore } };
      } else {
        this.warn(`${where}: unexpected "${run.mark}" in its section; ignored.`);
      }
    }
    return { moduleId, progress };
  }

  assessment(body: string): AssessmentAttempt[] {
    const { head, runs } = splitRuns(body.slice(1));
    const attempts: AssessmentAttempt[] = [];
    if (head !== '') this.warn('The assessment section is malformed; read what could be.');
    const questions = new Map<string, Question>();
    for (const module of assessmentModules(this.content)) for (const q of module.questions) if (!questions.has(q.id)) questions.set(q.id, q);
    const where = 'Final assessment';
    for (const run of runs) {
      if (run.mark === MARK.attempt) {
        const seed = decodeInt(run.text.slice(0, SEED_WIDTH));
        const score = decodeInt(run.text.slice(SEED_WIDTH));
        if (run.text.length !== SEED_WIDTH + SCORE_WIDTH || seed === null || score === null || (score > 100 && score !== NO_SCORE)) {
          this.warn(`${where}: an attempt is malformed; dropped.`);
          continue;
        }
        attempts.push({ seed, score: score === NO_SCORE ? null : score, answers: {} });
      } else if (run.mark === MARK.answer) {
        const last = attempts.at(-1);
        const key = run.text.slice(0, ASSESSMENT_QUESTION_KEY_WIDTH);
        if (!last || run.text.length <= ASSESSMENT_QUESTION_KEY_WIDTH) {
          this.warn(`${where}: an answer without an attempt, or malformed; dropped.`);
          continue;
        }
        const questionId = this.resolve([...questions.keys()], key, `${where}: an answer to a question`, ASSESSMENT_QUESTION_KEY_WIDTH);
        const question = questionId === null ? undefined : questions.get(questionId);
        if (!question || last.answers[question.id]) continue;
        const response = this.response(question, run.text.slice(ASSESSMENT_QUESTION_KEY_WIDTH), where);
        if (response) last.answers[question.id] = response;
      } else {
        this.warn(`${where}: unexpected "${run.mark}" in its section; ignored.`);
      }
    }
    return attempts;
  }
}

/** Reads the sections after the version mark of version 1 text. Never throws on bad input. */
export const readV1 = (sections: readonly string[], content: ProgressContent): Decoded => read(sections, content, V1);

/** Reads the sections after the version mark of version 2 text. Never throws on bad input. */
export const readV2 = (sections: readonly string[], content: ProgressContent): Decoded => read(sections, content, V2);

/** Reads the sections after the version mark of version 3 text. Never throws on bad input. */
export const readV3 = (sections: readonly string[], content: ProgressContent): Decoded => read(sections, content, V3);

function read(sections: readonly string[], content: ProgressContent, version: Version): Decoded {
  const warnings: string[] = [];
  const headerBody = sections[0] === undefined ? null : unseal(sections[0]);
  const salt = headerBody?.startsWith(SECTION.header) ? decodeInt(headerBody.slice(1, 2)) : null;
  if (headerBody === null || salt === null || (headerBody.length !== 2 && headerBody.length !== 2 + KEY_WIDTH)) {
    return { progress: emptyProgress(), warnings: ['The saved progress has a damaged header; starting afresh.'] };
  }
  const reader = new Reader(content, salt, version);
  const progress = emptyProgress();
  let preferences: LearnerPreferences | null = null;
  let language: string | null = null;
  let preferencesSeen = false;
  const openKey = headerBody.slice(2);
  if (openKey !== '') progress.openModuleId = reader.resolve(content.course.modules.map((m) => m.id), openKey, 'The module that was open');
  let assessmentSeen = false;
  let courseSeen = false;
  sections.slice(1).forEach((section, i) => {
    const body = unseal(section);
    if (body === null) {
      const last = i === sections.length - 2;
      warnings.push(last ? 'The end of the saved progress is cut off or damaged; its last part was dropped.' : `Part ${i + 2} of the saved progress is damaged; dropped.`);
      return;
    }
    if (body.startsWith(SECTION.module)) {
      const decoded = reader.module(body);
      if (!decoded) return;
      if (progress.modules[decoded.moduleId]) reader.warn(`Module "${decoded.moduleId}" is saved twice; the first copy is kept.`);
      else progress.modules[decoded.moduleId] = decoded.progress;
    } else if (body.startsWith(SECTION.assessment) && !assessmentSeen) {
      assessmentSeen = true;
      progress.assessment.attempts = reader.assessment(body);
    } else if (body.startsWith(BLOCKS_SECTION)) {
      const decoded = readBlocks(body, courseModules(content), salt, (message) => reader.warn(message));
      const module = decoded ? progress.modules[decoded.moduleId] : undefined;
      if (decoded && !module) reader.warn(`Answers to lesson activities in module "${decoded.moduleId}" have no module progress beside them; dropped.`);
      else if (decoded && module && Object.keys(decoded.blocks).length > 0) module.blocks = { ...decoded.blocks, ...module.blocks };
    } else if (body === SECTION.assessmentOpen) {
      progress.assessment.open = true;
    } else if (body.startsWith(COURSE_SECTION) && version >= V3 && !courseSeen) {
      courseSeen = true;
      const course = readCourseSection(body, (message) => reader.warn(message));
      if (course) {
        progress.timeSpentSeconds = course.timeSpentSeconds;
        if (course.courseVersion !== undefined) progress.courseVersion = course.courseVersion;
      }
    } else if (body.startsWith(PREFERENCES_SECTION) && !preferencesSeen) {
      preferencesSeen = true;
      const read = readPreferences(body);
      warnings.push(...read.warnings);
      preferences = read.preferences;
      language = read.language;
    } else {
      warnings.push(`Part ${i + 2} of the saved progress is of an unknown kind; ignored.`);
    }
  });
  const decoded: Decoded = { progress, warnings: [...warnings, ...reader.warnings] };
  // Only when saved, so text without them decodes exactly as before.
  if (preferences) decoded.preferences = preferences;
  if (language) decoded.language = language;
  return decoded;
}
