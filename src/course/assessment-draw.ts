import type { Course } from './schema/course-schema';
import type { Question } from './schema/module-schema';
import type { AssessmentAttempt } from './progress/progress-record';
import { hashString, seededRandom, shuffle } from './random';

/** One module's questions, as the final assessment pools them (course order). */
export interface ModuleQuestions {
  moduleId: string;
  questions: readonly Question[];
}

/** The final assessment's pool: every feeding module's bank, kept apart so a draw can balance them. */
export type QuestionBank = readonly ModuleQuestions[];

/** Every question in the pool, in course order. */
export const bankQuestions = (bank: QuestionBank): Question[] => bank.flatMap((m) => m.questions);

/** Which module a pooled question comes from. */
export function moduleOfQuestion(bank: QuestionBank, questionId: string): string | undefined {
  return bank.find((m) => m.questions.some((q) => q.id === questionId))?.moduleId;
}

/**
 * A balanced, seeded draw of `count` questions for one final-assessment attempt.
 *
 * Round-robin over the modules (each round takes one question from every module that
 * still has one), so the number drawn from any two modules differs by at most one unless
 * a module ran out of questions. The modules' order, and so which of them give the extra
 * question in the last, partial round, comes from the seed, so successive attempts spread
 * differently. Within a round, a module that holds a question type not yet drawn is asked
 * first, and gives that type: every question type is used when the quotas allow it.
 *
 * Deterministic: the same bank and seed give the same questions in the same order, which is
 * how a resumed attempt redraws exactly what the learner was asked.
 */
export function balancedDraw(bank: QuestionBank, count: number, seed: number): Question[] {
  const queues = shuffle(
    bank.filter((m) => m.questions.length > 0),
    seed,
  ).map((m) => ({ moduleId: m.moduleId, remaining: shuffle(m.questions, hashString(`${seed}/${m.moduleId}`)) }));
  const target = Math.min(Math.max(0, Math.floor(count)), queues.reduce((n, q) => n + q.remaining.length, 0));
  const drawn: Question[] = [];
  const typesDrawn = new Set<Question['type']>();
  const offersNewType = (queue: (typeof queues)[number]) => queue.remaining.some((q) => !typesDrawn.has(q.type));

  while (drawn.length < target) {
    const round = queues.filter((q) => q.remaining.length > 0);
    while (round.length > 0 && drawn.length < target) {
      const at = Math.max(0, round.findIndex(offersNewType));
      const [queue] = round.splice(at, 1);
      if (!queue) break;
      const pick = Math.max(0, queue.remaining.findIndex((q) => !typesDrawn.has(q.type)));
      const [question] = queue.remaining.splice(pick, 1);
      if (!question) continue;
      drawn.push(question);
      typesDrawn.add(question.type);
    }
  }
  // Mixed so the modules do not come in rounds; a separate stream keeps the draw itself unchanged.
  return shuffle(drawn, Math.floor(seededRandom(hashString(`${seed}/order`))() * 2 ** 32));
}

/** The questions an attempt asks: a seeded draw, balanced across modules, from the pooled question banks. */
export const attemptQuestions = (course: Course, bank: QuestionBank, attempt: AssessmentAttempt): Question[] =>
  balancedDraw(bank, course.finalAssessment?.questionCount ?? bankQuestions(bank).length, attempt.seed);
