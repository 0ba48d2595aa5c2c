import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from './schema/module-schema';
import { balancedDraw, moduleOfQuestion, type QuestionBank } from './assessment-draw';

const TYPES = ['single-choice', 'multiple-choice', 'true-false', 'ordering', 'matching'] as const;
type QuestionType = (typeof TYPES)[number];

function question(id: string, type: QuestionType): Question {
  switch (type) {
    case 'single-choice':
    case 'multiple-choice':
      return { id, type, cites: [], options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] };
    case 'true-false':
      return { id, type, cites: [], answer: true };
    case 'ordering':
      return { id, type, cites: [], items: ['one', 'two'] };
    case 'matching':
      return { id, type, cites: [], prompts: [{ id: 'p', match: 't' }, { id: 'q', match: 'u' }], targets: ['t', 'u'] };
  }
}

/** A pool of 1–20 modules, each with 0–8 questions of any types; ids unique across the pool, as validation requires. */
const bankArbitrary: fc.Arbitrary<QuestionBank> = fc
  .array(fc.array(fc.constantFrom(...TYPES), { maxLength: 8 }), { minLength: 1, maxLength: 20 })
  .map((modules) => modules.map((types, m) => ({ moduleId: `m${m}`, questions: types.map((type, q) => question(`m${m}-q${q}`, type)) })));

const drawArguments = fc.tuple(bankArbitrary, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }));

function countsByModule(bank: QuestionBank, drawn: readonly Question[]): Map<string, number> {
  const counts = new Map(bank.map((m) => [m.moduleId, 0]));
  for (const q of drawn) {
    const moduleId = moduleOfQuestion(bank, q.id) ?? 'none';
    counts.set(moduleId, (counts.get(moduleId) ?? 0) + 1);
  }
  return counts;
}

describe('balancedDraw', () => {
  it('draws the asked number, or the whole bank when it is smaller, with no question twice', () => {
    fc.assert(
      fc.property(drawArguments, ([bank, count, seed]) => {
        const drawn = balancedDraw(bank, count, seed);
        const size = bank.reduce((n, m) => n + m.questions.length, 0);
        expect(drawn).toHaveLength(Math.min(count, size));
        expect(new Set(drawn.map((q) => q.id)).size).toBe(drawn.length);
        for (const q of drawn) expect(moduleOfQuestion(bank, q.id)).toBeDefined();
      }),
    );
  });

  it('spreads the draw across modules: any two differ by at most one, unless one has run out of questions', () => {
    fc.assert(
      fc.property(drawArguments, ([bank, count, seed]) => {
        const counts = countsByModule(bank, balancedDraw(bank, count, seed));
        const most = Math.max(...counts.values());
        for (const m of bank) {
          const drawn = counts.get(m.moduleId) ?? 0;
          // A module below the others' level must have given every question it has.
          expect(drawn).toBeGreaterThanOrEqual(Math.min(m.questions.length, most - 1));
        }
      }),
    );
  });

  it('gives the same questions in the same order for the same seed (a resumed attempt redraws what was asked)', () => {
    fc.assert(
      fc.property(drawArguments, ([bank, count, seed]) => {
        expect(balancedDraw(bank, count, seed).map((q) => q.id)).toEqual(balancedDraw(bank, count, seed).map((q) => q.id));
      }),
    );
  });

  it('leaves a question type out only when every module that has it spent each draw on a type not yet drawn', () => {
    fc.assert(
      fc.property(drawArguments, ([bank, count, seed]) => {
        const drawn = balancedDraw(bank, count, seed);
        const drawnTypes = new Set(drawn.map((q) => q.type));
        const drawnIds = new Set(drawn.map((q) => q.id));
        for (const m of bank) {
          const missing = m.questions.filter((q) => !drawnTypes.has(q.type));
          if (missing.length === 0) continue;
          const fromModule = m.questions.filter((q) => drawnIds.has(q.id));
          expect(new Set(fromModule.map((q) => q.type)).size).toBe(fromModule.length);
        }
      }),
    );
  });

  it('uses every type in a course-sized pool: 18 modules of 5, 20 drawn', () => {
    const bank: QuestionBank = Array.from({ length: 18 }, (_, m) => ({
      moduleId: `m${m}`,
      // Ordering and matching are rare, as in the real banks: only two modules have them.
      questions: Array.from({ length: 5 }, (_, q) => question(`m${m}-q${q}`, m === 3 && q === 0 ? 'ordering' : m === 11 && q === 4 ? 'matching' : TYPES[q % 3] as QuestionType)),
    }));
    for (let seed = 0; seed < 200; seed += 1) {
      expect(new Set(balancedDraw(bank, 20, seed).map((q) => q.type))).toEqual(new Set(TYPES));
    }
  });

  it('differs between attempts: different seeds change which modules give the extra questions', () => {
    const bank: QuestionBank = Array.from({ length: 18 }, (_, m) => ({
      moduleId: `m${m}`,
      questions: Array.from({ length: 5 }, (_, q) => question(`m${m}-q${q}`, 'true-false')),
    }));
    const doubled = (seed: number) =>
      [...countsByModule(bank, balancedDraw(bank, 20, seed))].filter(([, n]) => n === 2).map(([id]) => id).sort().join();
    const spreads = new Set(Array.from({ length: 10 }, (_, seed) => doubled(seed)));
    expect(spreads.size).toBeGreaterThan(1);
  });
});
