import fc from 'fast-check';
import { CourseSchema, type Course } from '../course/schema/course-schema';
import { ModuleSchema, type Module, type Question, type Scenario } from '../course/schema/module-schema';
import { TEXT_SIZES, type LearnerPreferences } from '../course/progress/learner-preferences';
import type { ProgressContent } from '../course/progress/progress-content';
import type { AssessmentAttempt, ModuleProgress, ProgressRecord, Response } from '../course/progress/progress-record';

/**
 * fast-check generators of valid course content and of progress records that
 * could really happen in that content, for the progress codec's property tests.
 * Question ids are unique across the course (final-assessment answers name them
 * without their module), as content validation requires.
 */

const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,5})?$/);
const idsArb = (min: number, max: number) => fc.uniqueArray(idArb, { minLength: min, maxLength: max });

const optionsArb = (min: number, max: number) => idsArb(min, max);

function questionArb(id: string): fc.Arbitrary<Question> {
  return fc.oneof(
    fc.tuple(optionsArb(2, 8), fc.nat()).map(([ids, pick]): Question => ({
      id,
      cites: [],
      type: 'single-choice',
      options: ids.map((o, i) => ({ id: o, correct: i === pick % ids.length })),
    })),
    fc.tuple(optionsArb(2, 8), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 })).map(([ids, flags]): Question => ({
      id,
      cites: [],
      type: 'multiple-choice',
      options: ids.map((o, i) => ({ id: o, correct: flags[i] === true })),
    })),
    fc.boolean().map((answer): Question => ({ id, cites: [], type: 'true-false', answer })),
    optionsArb(2, 8).map((items): Question => ({ id, cites: [], type: 'ordering', items })),
    fc.tuple(optionsArb(2, 8), optionsArb(2, 8), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })).map(([prompts, targets, picks]): Question => ({
      id,
      cites: [],
      type: 'matching',
      prompts: prompts.map((p, i) => ({ id: p, match: targets[(picks[i] ?? 0) % targets.length] as string })),
      targets,
    })),
  );
}

/** An acyclic scenario: every choice leads to a later node or ends it; the last node is an ending. */
function scenarioArb(id: string): fc.Arbitrary<Scenario> {
  return idsArb(2, 6).chain((nodeIds) =>
    fc
      .tuple(
        ...nodeIds.map((_, i) =>
          i === nodeIds.length - 1
            ? fc.constant<Scenario['nodes'][number]['choices']>([])
            : fc.tuple(idsArb(1, 3), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 })).map(
                ([choiceIds, nexts, scores]) =>
                  choiceIds.map((choiceId, c) => {
                    const target = i + 1 + ((nexts[c] ?? 0) % (nodeIds.length - i));
                    return { id: choiceId, score: scores[c] ?? 0, ...(target < nodeIds.length ? { next: nodeIds[target] } : {}) };
                  }),
              ),
        ),
      )
      .map(
        (choiceLists): Scenario => ({
          id,
          perspective: 'adult',
          start: nodeIds[0] as string,
          contentWarning: false,
          nodes: nodeIds.map((nodeId, i) => ({ id: nodeId, choices: choiceLists[i] ?? [] })),
        }),
      ),
  );
}

function moduleArb(id: string): fc.Arbitrary<Module> {
  return fc
    .tuple(idsArb(0, 3), fc.integer({ min: 1, max: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }))
    .chain(([scenarioIds, questionCount, inCheck]) => {
      const questionIds = Array.from({ length: questionCount }, (_, i) => `${id}-q${i}`);
      const checked = questionIds.filter((_, i) => inCheck[i] === true || i === 0);
      return fc.tuple(fc.tuple(...scenarioIds.map(scenarioArb)), fc.tuple(...questionIds.map(questionArb))).map(([scenarios, questions]) =>
        ModuleSchema.parse({
          id,
          kind: 'contact',
          objectives: ['understand'],
          steps: [
            { id: 'welcome', type: 'lesson' },
            ...scenarios.map((s) => ({ id: `play-${s.id}`, type: 'scenario', scenario: s.id })),
            { id: 'check', type: 'knowledge-check', questions: checked },
          ],
          scenarios,
          questions,
        }),
      );
    });
}

/** A build's course version ("1.4.0", "2026.12.1-rc2"), at most 24 characters. */
export const courseVersionArb: fc.Arbitrary<string> = fc.stringMatching(/^[0-9A-Za-z]{1,3}([.-][0-9A-Za-z]{1,3}){0,5}$/);

export interface CourseOptions {
  maxModules?: number;
}

/** A course and the content of all its modules. */
export function contentArb({ maxModules = 5 }: CourseOptions = {}): fc.Arbitrary<ProgressContent> {
  return idsArb(1, maxModules).chain((moduleIds) =>
    fc
      .tuple(
        fc.tuple(...moduleIds.map(moduleArb)),
        fc.option(
          fc.record({
            questionCount: fc.integer({ min: 1, max: 10 }),
            passMark: fc.integer({ min: 1, max: 100 }),
            maxAttempts: fc.integer({ min: 0, max: 10 }),
          }),
          { nil: undefined },
        ),
        fc.array(fc.boolean(), { minLength: moduleIds.length, maxLength: moduleIds.length }),
      )
      .map(([modules, finalAssessment, required]) => {
        const course: Course = CourseSchema.parse({
          id: 'generated',
          audience: 'practitioners',
          locales: ['en-GB'],
          modules: moduleIds.map((m, i) => ({ id: m, required: required[i] ?? true })),
          unlocking: 'free',
          ...(finalAssessment ? { finalAssessment } : {}),
        });
        return { course, modules: Object.fromEntries(modules.map((m) => [m.id, m])) };
      }),
  );
}

const subsetArb = <T>(items: readonly T[]) => fc.subarray([...items]);

/** A response of the question's own type, as the learner could have given it. */
export function responseArb(question: Question): fc.Arbitrary<Response> {
  switch (question.type) {
    case 'single-choice':
      return fc.constantFrom(...question.options.map((o) => o.id)).map((option) => ({ type: 'single-choice', option }));
    case 'multiple-choice':
      return fc.shuffledSubarray(question.options.map((o) => o.id)).map((options) => ({ type: 'multiple-choice', options }));
    case 'true-false':
      return fc.boolean().map((value) => ({ type: 'true-false', value }));
    case 'ordering':
      return fc.shuffledSubarray(question.items, { minLength: question.items.length }).map((order) => ({ type: 'ordering', order }));
    case 'matching':
      return fc
        .tuple(subsetArb(question.prompts.map((p) => p.id)), fc.array(fc.constantFrom(...question.targets), { minLength: 8, maxLength: 8 }))
        .map(([prompts, targets]) => ({ type: 'matching', pairs: Object.fromEntries(prompts.map((p, i) => [p, targets[i] as string])) }));
  }
}

/** Choice ids of a walk from the start, stopping after `length` choices or at an ending. */
function pathArb(scenario: Scenario): fc.Arbitrary<string[]> {
  return fc.array(fc.nat(), { maxLength: scenario.nodes.length }).map((picks) => {
    const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    const path: string[] = [];
    let node = nodes.get(scenario.start);
    for (const pick of picks) {
      if (!node || node.choices.length === 0) break;
      const choice = node.choices[pick % node.choices.length];
      if (!choice) break;
      path.push(choice.id);
      node = choice.next ? nodes.get(choice.next) : undefined;
    }
    return path;
  });
}

function moduleProgressArb(module: Module): fc.Arbitrary<ModuleProgress> {
  const checked = new Set(module.steps.flatMap((s) => (s.type === 'knowledge-check' ? s.questions : [])));
  const questions = module.questions.filter((q) => checked.has(q.id));
  return fc
    .tuple(
      fc.boolean(),
      fc.oneof(
        fc.constant({ at: 'intro' as const }),
        fc.constant({ at: 'summary' as const }),
        fc.constantFrom(...module.steps.map((s) => s.id)).map((stepId) => ({ at: 'step' as const, stepId })),
      ),
      subsetArb(module.scenarios),
      subsetArb(questions),
      subsetArb(module.scenarios),
    )
    .chain(([completed, position, scenarios, answered, retried]) =>
      fc
        .tuple(
          fc.tuple(...scenarios.map(pathArb)),
          fc.tuple(...answered.map(responseArb)),
          fc.tuple(...retried.map(() => fc.record({ earlier: fc.integer({ min: 1, max: 70 }), bestScore: fc.integer({ min: 0, max: 20 }) }))),
        )
        .map(([paths, responses, attempts]) => ({
          completed,
          position,
          scenarios: Object.fromEntries(scenarios.map((s, i) => [s.id, paths[i] ?? []])),
          answers: Object.fromEntries(answered.map((q, i) => [q.id, responses[i] as Response])),
          ...(retried.length > 0 ? { scenarioAttempts: Object.fromEntries(retried.map((s, i) => [s.id, attempts[i] ?? { earlier: 1, bestScore: 0 }])) } : {}),
        })),
    );
}

function attemptsArb(content: ProgressContent): fc.Arbitrary<AssessmentAttempt[]> {
  const settings = content.course.finalAssessment;
  if (!settings) return fc.constant([]);
  const from = settings.fromModules;
  const pool = content.course.modules
    .filter((m) => !from || from.includes(m.id))
    .flatMap((m) => content.modules[m.id]?.questions ?? []);
  const maxAttempts = settings.maxAttempts === 0 ? 14 : settings.maxAttempts;
  return fc
    .tuple(
      fc.array(fc.tuple(fc.nat({ max: 0xffffffff }), fc.integer({ min: 0, max: 100 })), { maxLength: maxAttempts }),
      fc.boolean(),
      fc.subarray(pool, { maxLength: Math.min(settings.questionCount, pool.length) }).chain((answered) => fc.tuple(fc.constant(answered), fc.tuple(...answered.map(responseArb)))),
    )
    .map(([attempts, lastUnfinished, [answered, responses]]) =>
      attempts.map(([seed, score], i) => {
        const last = i === attempts.length - 1;
        return {
          seed,
          score: last && lastUnfinished ? null : score,
          answers: last ? Object.fromEntries(answered.map((q, j) => [q.id, responses[j] as Response])) : {},
        };
      }),
    );
}

/** A progress record that could happen in this content. */
export function progressArb(content: ProgressContent): fc.Arbitrary<ProgressRecord> {
  const modules = content.course.modules.flatMap((ref) => content.modules[ref.id] ?? []);
  return fc
    .tuple(
      subsetArb(modules).chain((started) => fc.tuple(fc.constant(started), fc.tuple(...started.map(moduleProgressArb)))),
      attemptsArb(content),
      fc.option(fc.constantFrom(...content.course.modules.map((m) => m.id)), { nil: null }),
      // Up to the saved cap (about 194 days), so capping never changes a generated time.
      fc.option(fc.integer({ min: 0, max: 64 ** 4 - 1 }), { nil: undefined }),
      fc.option(courseVersionArb, { nil: undefined }),
    )
    .map(([[started, progresses], attempts, openModuleId, timeSpentSeconds, courseVersion]) => ({
      modules: Object.fromEntries(started.map((m, i) => [m.id, progresses[i] as ModuleProgress])),
      assessment: { attempts },
      openModuleId,
      // The player saves the time and the version of the course that is running, together.
      ...(timeSpentSeconds === undefined ? {} : { timeSpentSeconds, ...(courseVersion ? { courseVersion } : {}) }),
    }));
}

/** Content with progress in it. */
export const contentWithProgressArb = (options?: CourseOptions) =>
  contentArb(options).chain((content) => progressArb(content).map((progress) => ({ content, progress })));

/** Any display preferences a learner can choose. */
export const preferencesArb: fc.Arbitrary<LearnerPreferences> = fc.record({
  textSize: fc.constantFrom(...TEXT_SIZES),
  highContrast: fc.boolean(),
  readableFont: fc.boolean(),
  reducedMotion: fc.boolean(),
});
