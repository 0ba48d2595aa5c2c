import type { Course } from '../schema/course-schema';
import type { Module, Question, Scenario } from '../schema/module-schema';
import { correctResponse } from '../scoring/question-scoring';
import type { LearnerPreferences } from './learner-preferences';
import { encodeProgress } from './progress-codec';
import { MAX_ATTEMPT_COUNT, MAX_ATTEMPT_SCORE } from './progress-format-v1';
import { fullestBlockAnswer, interactiveBlocks } from './progress-codec-blocks';
import { blockInteractionId } from '../scoring/block-scoring';
import { encodedResponseLength } from './progress-writer-v1';
import { assessmentModules } from './progress-keys';
import type { AssessmentAttempt, ModuleProgress, ProgressRecord, Response } from './progress-record';
import { MAX_KEPT_ATTEMPTS } from './stored-progress';
import { MAX_TIME_SPENT_SECONDS } from './progress-codec-course';
import { COURSE_VERSION_MAX_LENGTH } from '../schema/course-version-pattern';

/** Stands for any build's version: they take up to this much room. */
const LONGEST_COURSE_VERSION = `1.${'0'.repeat(COURSE_VERSION_MAX_LENGTH - 2)}`;

/**
 * The size of the largest suspend_data a course can produce, so packaging can refuse
 * a course whose progress would not fit SCORM 1.2's 4,096 characters. Every encoded
 * item has a fixed width, so the fullest record below (everything answered with the
 * longest answers, the longest path through every scenario, the most attempts kept)
 * is the largest text; the codec's tests check no generated record exceeds it.
 */

/** Choice ids of the path with the most choices from the start to an ending. */
function longestPath(scenario: Scenario): string[] {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, string[]>();
  const visiting = new Set<string>();
  const from = (nodeId: string): string[] => {
    const known = memo.get(nodeId);
    if (known) return known;
    const node = nodes.get(nodeId);
    // Validation rejects cycles; the guard keeps a bad file from recursing forever.
    if (!node || visiting.has(nodeId)) return [];
    visiting.add(nodeId);
    let best: string[] = [];
    for (const choice of node.choices) {
      const path = [choice.id, ...(choice.next ? from(choice.next) : [])];
      if (path.length > best.length) best = path;
    }
    visiting.delete(nodeId);
    memo.set(nodeId, best);
    return best;
  };
  return from(scenario.start);
}

/** The answer to a question that takes the most characters: every option, item or pair. */
function longestResponse(question: Question): Response {
  if (question.type === 'multiple-choice') return { type: 'multiple-choice', options: question.options.map((o) => o.id) };
  return correctResponse(question);
}

function fullestModuleProgress(module: Module): ModuleProgress {
  const checked = new Set(module.steps.flatMap((s) => (s.type === 'knowledge-check' ? s.questions : [])));
  const firstStep = module.steps[0];
  return {
    completed: true,
    position: firstStep ? { at: 'step', stepId: firstStep.id } : { at: 'summary' },
    scenarios: Object.fromEntries(module.scenarios.map((s) => [s.id, longestPath(s)])),
    answers: Object.fromEntries(module.questions.filter((q) => checked.has(q.id)).map((q) => [q.id, longestResponse(q)])),
    // Every lesson activity answered in full: every item selected or placed.
    ...(interactiveBlocks(module).length > 0
      ? { blocks: Object.fromEntries(interactiveBlocks(module).map(({ stepId, block }) => [blockInteractionId(stepId, block.id), fullestBlockAnswer(block)])) }
      : {}),
    // Every scenario tried again: its earlier attempts take the same room whatever their numbers.
    ...(module.scenarios.length > 0
      ? { scenarioAttempts: Object.fromEntries(module.scenarios.map((s) => [s.id, { earlier: MAX_ATTEMPT_COUNT, bestScore: MAX_ATTEMPT_SCORE - 1 }])) }
      : {}),
  };
}

function fullestAttempts(course: Course, modules: Readonly<Record<string, Module>>): AssessmentAttempt[] {
  const settings = course.finalAssessment;
  if (!settings) return [];
  const kept = settings.maxAttempts === 0 ? MAX_KEPT_ATTEMPTS : Math.min(settings.maxAttempts, MAX_KEPT_ATTEMPTS);
  const pool = assessmentModules({ course, modules })
    .flatMap((m) => m.questions)
    .map((q) => ({ id: q.id, response: longestResponse(q) }))
    .sort((a, b) => encodedResponseLength(b.response) - encodedResponseLength(a.response));
  const answers = Object.fromEntries(pool.slice(0, settings.questionCount).map((a) => [a.id, a.response]));
  return Array.from({ length: kept }, (_, i) => ({ seed: 0xffffffff, score: 100, answers: i === kept - 1 ? answers : {} }));
}

/** The record with the most to save for this content. */
export function fullestProgress(course: Course, modules: Readonly<Record<string, Module>>): ProgressRecord {
  const missing = course.modules.filter((m) => !modules[m.id]).map((m) => m.id);
  if (missing.length) {
    throw new Error(`worstCaseProgressLength: course "${course.id}" has no content for module(s) ${missing.map((id) => `"${id}"`).join(', ')}`);
  }
  return {
    modules: Object.fromEntries(course.modules.map((ref) => [ref.id, fullestModuleProgress(modules[ref.id] as Module)])),
    assessment: { attempts: fullestAttempts(course, modules) },
    openModuleId: course.modules[0]?.id ?? null,
    // Time spent takes the same room whatever it is; the version, the longest a build can save.
    timeSpentSeconds: MAX_TIME_SPENT_SECONDS,
    courseVersion: LONGEST_COURSE_VERSION,
  };
}

/** Display preferences take the same room whatever they are; these stand for any. */
const SOME_PREFERENCES: LearnerPreferences = { textSize: 'larger', highContrast: true, readableFont: true, reducedMotion: true };

/** The course's language with the longest tag: the learner's choice is saved with the preferences. */
const longestLanguage = (course: Course): string => course.locales.reduce((a, b) => (b.length > a.length ? b : a), '');

/** Characters of suspend_data the fullest possible progress of this course needs, with display preferences and a chosen language. */
export const worstCaseProgressLength = (course: Course, modules: Readonly<Record<string, Module>>): number =>
  encodeProgress(fullestProgress(course, modules), { course, modules }, { preferences: SOME_PREFERENCES, language: longestLanguage(course) }).length;
