import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../testing/builders';
import { contentArb, contentWithProgressArb, progressArb } from '../../testing/progress-arbitraries';
import type { Module } from '../schema/module-schema';
import { decodeProgress, encodeProgress } from './progress-codec';
import type { ProgressContent } from './progress-content';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from './progress-record';
import { MAX_KEPT_ATTEMPTS, progressAsStored } from './stored-progress';

/** Characters no LMS is known to mangle (see codec-alphabet.ts). */
const SAFE_TEXT = /^[A-Za-z0-9\-_.~!*]*$/;

/** Everything a decoded record names exists in the content, and it has the record's shape. */
function expectOnlyExistingContent(progress: ProgressRecord, content: ProgressContent): void {
  const courseModuleIds = content.course.modules.map((m) => m.id);
  if (progress.openModuleId !== null) expect(courseModuleIds).toContain(progress.openModuleId);
  for (const [moduleId, saved] of Object.entries(progress.modules)) {
    expect(courseModuleIds).toContain(moduleId);
    const module = content.modules[moduleId] as Module;
    expect(typeof saved.completed).toBe('boolean');
    if (saved.position.at === 'step') expect(module.steps.map((s) => s.id)).toContain(saved.position.stepId);
    for (const [scenarioId, choices] of Object.entries(saved.scenarios)) {
      const scenario = module.scenarios.find((s) => s.id === scenarioId);
      expect(scenario).toBeDefined();
      const allChoices = scenario?.nodes.flatMap((n) => n.choices.map((c) => c.id)) ?? [];
      for (const choice of choices) expect(allChoices).toContain(choice);
    }
    for (const [questionId, response] of Object.entries(saved.answers)) {
      expect(module.questions.find((q) => q.id === questionId)?.type).toBe(response.type);
    }
  }
  for (const attempt of progress.assessment.attempts) {
    expect(Number.isInteger(attempt.seed) && attempt.seed >= 0 && attempt.seed <= 0xffffffff).toBe(true);
    if (attempt.score !== null) expect(attempt.score >= 0 && attempt.score <= 100).toBe(true);
  }
}

const sampleContent = (): ProgressContent => {
  const sample = buildModule();
  const second = buildModule({ id: 'second', steps: [{ id: 'only', type: 'knowledge-check', questions: ['q-2nd'] }], scenarios: [], questions: [{ id: 'q-2nd', type: 'true-false', answer: true }] });
  return { course: buildCourse(), modules: { sample, second } };
};

const sampleProgress = (): ProgressRecord => ({
  modules: {
    sample: {
      completed: false,
      position: { at: 'step', stepId: 'check' },
      scenarios: { chat: ['pay', 'tell-late'] },
      answers: { 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: true } },
    },
    second: { ...emptyModuleProgress(), completed: true },
  },
  assessment: {
    attempts: [
      { seed: 123456, score: 40, answers: {} },
      { seed: 4000000000, score: null, answers: { 'q-match': { type: 'matching', pairs: { p1: 't2', p2: 't1' } }, 'q-2nd': { type: 'true-false', value: false } } },
    ],
  },
  openModuleId: 'sample',
});

describe('progress codec: round trip', () => {
  it('restores exactly the progress it saved, for any content and any progress in it', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(contentWithProgressArb(), ({ content, progress }) => {
        const text = encodeProgress(progress, content);
        const decoded = decodeProgress(text, content);
        expect(decoded.warnings).toEqual([]);
        expect(decoded.progress).toEqual(progressAsStored(progress));
      }),
      { numRuns: 300 },
    );
  });

  it('writes only characters that every LMS stores unchanged', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(contentWithProgressArb(), ({ content, progress }) => {
        expect(encodeProgress(progress, content)).toMatch(SAFE_TEXT);
      }),
      { numRuns: 200 },
    );
  });

  it('restores a hand-written record, including a resumed assessment attempt', () => {
    const content = sampleContent();
    const decoded = decodeProgress(encodeProgress(sampleProgress(), content), content);
    expect(decoded).toEqual({ progress: sampleProgress(), warnings: [] });
  });

  it('writes the version 1 format exactly as docs/progress-format.md shows it, so saved data stays readable', () => {
    const documented = 'os1.HAlsGb.MlsCAV~BEfys5!m7su5!ifty7.MwFBnZ.A*AAAeJAAo*DuaygA__!sTYp8gb2ysXY27';
    const content = sampleContent();
    const progress = sampleProgress();
    progress.assessment.attempts[1] = { seed: 4000000000, score: null, answers: { 'q-match': { type: 'matching', pairs: { p1: 't2', p2: 't1' } } } };
    expect(encodeProgress(progress, content)).toBe(documented);
    expect(decodeProgress(documented, content)).toEqual({ progress, warnings: [] });
  });

  it('writes scenario attempts ("Try another path") as version 2 and restores them', () => {
    const content = sampleContent();
    const progress = sampleProgress();
    progress.modules['sample'] = { ...(progress.modules['sample'] ?? emptyModuleProgress()), scenarios: { chat: [] }, scenarioAttempts: { chat: { earlier: 2, bestScore: 3 } } };
    const text = encodeProgress(progress, content);
    expect(text.startsWith('os2.')).toBe(true);
    expect(decodeProgress(text, content)).toEqual({ progress, warnings: [] });
  });

  it('still reads version 1 text written before scenario attempts existed', () => {
    const documentedV1 = 'os1.HAlsGb.MlsCAV~BEfys5!m7su5!ifty7.MwFBnZ.A*AAAeJAAo*DuaygA__!sTYp8gb2ysXY27';
    const { progress, warnings } = decodeProgress(documentedV1, sampleContent());
    expect(warnings).toEqual([]);
    expect(progress.modules['sample']).toEqual({
      completed: false,
      position: { at: 'step', stepId: 'check' },
      scenarios: { chat: ['pay', 'tell-late'] },
      answers: { 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: true } },
    });
  });

  it('ignores an attempts run in version 1 text, which no version 1 writer produced', () => {
    const content = sampleContent();
    const progress = sampleProgress();
    progress.modules['sample'] = { ...(progress.modules['sample'] ?? emptyModuleProgress()), scenarioAttempts: { chat: { earlier: 1, bestScore: 2 } } };
    const v2 = encodeProgress(progress, content);
    const { progress: read, warnings } = decodeProgress(v2.replace(/^os2/, 'os1'), content);
    expect(read.modules['sample']?.scenarioAttempts).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('unexpected "*"')]);
  });

  it('writes time spent and the course version as version 3, and restores them', () => {
    const content = sampleContent();
    const progress: ProgressRecord = { ...sampleProgress(), timeSpentSeconds: 2 * 3600 + 41 * 60 + 7, courseVersion: '1.4.0-rc2' };
    const text = encodeProgress(progress, content);
    expect(text.startsWith('os3.')).toBe(true);
    expect(decodeProgress(text, content)).toEqual({ progress, warnings: [] });
  });

  it('reads a hand-written version 3 text, as docs/progress-format.md shows it', () => {
    // Header (salt 0, no open module), course section: 5,000 seconds, version 1.4.0.
    const documented = 'os3.HAqC.CABOI1_4_0Lc.MwFBnZ';
    const content = sampleContent();
    const expected: ProgressRecord = {
      ...emptyProgress(),
      modules: { second: { ...emptyModuleProgress(), completed: true } },
      timeSpentSeconds: 5000,
      courseVersion: '1.4.0',
    };
    expect(encodeProgress(expected, content)).toBe(documented);
    expect(decodeProgress(documented, content)).toEqual({ progress: expected, warnings: [] });
  });

  it('keeps writing version 1 or 2 for a record without time spent, so older builds still read it', () => {
    const content = sampleContent();
    expect(encodeProgress(sampleProgress(), content).startsWith('os1.')).toBe(true);
    // A version alone is saved with no time spent: the course section carries both.
    const versionOnly = decodeProgress(encodeProgress({ ...sampleProgress(), courseVersion: '2.0' }, content), content).progress;
    expect(versionOnly).toMatchObject({ timeSpentSeconds: 0, courseVersion: '2.0' });
  });

  it('caps time spent at what the format holds and rounds it to whole seconds', () => {
    const content = sampleContent();
    const read = (timeSpentSeconds: number) => decodeProgress(encodeProgress({ ...emptyProgress(), timeSpentSeconds }, content), content).progress.timeSpentSeconds;
    expect(read(61.6)).toBe(62);
    expect(read(-5)).toBe(0);
    expect(read(Number.NaN)).toBe(0);
    expect(read(10 ** 9)).toBe(64 ** 4 - 1);
  });

  it('does not save a course version that no course could have, but keeps the time', () => {
    const content = sampleContent();
    const text = encodeProgress({ ...emptyProgress(), timeSpentSeconds: 90, courseVersion: '1.0 beta' }, content);
    expect(decodeProgress(text, content)).toEqual({ progress: { ...emptyProgress(), timeSpentSeconds: 90 }, warnings: [] });
  });

  it('ignores a course section in version 2 text, which no version 2 writer produced', () => {
    const content = sampleContent();
    const v3 = encodeProgress({ ...sampleProgress(), timeSpentSeconds: 600, courseVersion: '1.0' }, content);
    const { progress, warnings } = decodeProgress(v3.replace(/^os3/, 'os2'), content);
    expect(progress).toEqual(sampleProgress());
    expect(warnings).toEqual(['Part 2 of the saved progress is of an unknown kind; ignored.']);
  });

  it('keeps the rest when the course section is damaged', () => {
    const content = sampleContent();
    const text = encodeProgress({ ...sampleProgress(), timeSpentSeconds: 600, courseVersion: '1.0' }, content);
    const damaged = text.split('.').map((section) => (section.startsWith('C') ? `C${section.slice(2)}` : section)).join('.');
    const { progress, warnings } = decodeProgress(damaged, content);
    expect(progress).toEqual(sampleProgress());
    expect(warnings).toEqual(['Part 2 of the saved progress is damaged; dropped.']);
  });

  it('starts afresh, silently, when nothing was saved', () => {
    expect(decodeProgress('', sampleContent())).toEqual({ progress: emptyProgress(), warnings: [] });
  });
});

describe('progress codec: bounded attempts', () => {
  it('keeps the most recent attempts and the best one when attempts are unlimited', () => {
    const content = sampleContent();
    content.course = buildCourse({ finalAssessment: { questionCount: 3, passMark: 80, maxAttempts: 0 } });
    const scores = Array.from({ length: 25 }, (_, i) => (i === 3 ? 95 : 10 + i));
    const progress: ProgressRecord = {
      ...emptyProgress(),
      assessment: { attempts: scores.map((score, i) => ({ seed: i, score, answers: { 'q-true': { type: 'true-false', value: true } } })) },
    };
    const { progress: restored } = decodeProgress(encodeProgress(progress, content), content);
    const attempts = restored.assessment.attempts;
    expect(attempts).toHaveLength(MAX_KEPT_ATTEMPTS);
    expect(attempts[0]).toEqual({ seed: 3, score: 95, answers: {} });
    expect(attempts.slice(1).map((a) => a.seed)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(attempts.at(-1)?.answers).toEqual({ 'q-true': { type: 'true-false', value: true } });
  });
});

describe('progress codec: republished content', () => {
  it('restores everything that still exists when modules are removed or reordered', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        contentArb({ maxModules: 6 }).chain((content) =>
          fc.tuple(fc.constant(content), progressArb(content), fc.shuffledSubarray(content.course.modules, { minLength: 1 })),
        ),
        ([content, progress, keptRefs]) => {
          const text = encodeProgress(progress, content);
          const kept = new Set(keptRefs.map((m) => m.id));
          const republished: ProgressContent = {
            course: { ...content.course, modules: keptRefs },
            modules: Object.fromEntries(Object.entries(content.modules).filter(([id]) => kept.has(id))),
          };
          const stored = progressAsStored(progress);
          const stillAsked = new Set(
            keptRefs
              .filter((m) => !content.course.finalAssessment?.fromModules || content.course.finalAssessment.fromModules.includes(m.id))
              .flatMap((m) => content.modules[m.id]?.questions.map((q) => q.id) ?? []),
          );
          const lastAnswers = stored.assessment.attempts.at(-1)?.answers ?? {};
          const expected: ProgressRecord = {
            // Time spent and the version that saved it belong to the learner, not to any module: always kept.
            ...(stored.timeSpentSeconds === undefined ? {} : { timeSpentSeconds: stored.timeSpentSeconds }),
            ...(stored.courseVersion === undefined ? {} : { courseVersion: stored.courseVersion }),
            modules: Object.fromEntries(Object.entries(stored.modules).filter(([id]) => kept.has(id))),
            openModuleId: stored.openModuleId !== null && kept.has(stored.openModuleId) ? stored.openModuleId : null,
            assessment: {
              attempts: stored.assessment.attempts.map((a, i, all) =>
                i === all.length - 1 ? { ...a, answers: Object.fromEntries(Object.entries(lastAnswers).filter(([q]) => stillAsked.has(q))) } : a,
              ),
            },
          };
          const decoded = decodeProgress(text, republished);
          expect(decoded.progress).toEqual(expected);
          const droppedSomething = Object.keys(stored.modules).some((id) => !kept.has(id)) || Object.keys(lastAnswers).some((q) => !stillAsked.has(q)) || expected.openModuleId !== stored.openModuleId;
          expect(decoded.warnings.length > 0).toBe(droppedSomething);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('restores progress when a module gains new screens, questions and options in a new order', () => {
    const content = sampleContent();
    const text = encodeProgress(sampleProgress(), content);
    const sample = content.modules['sample'] as Module;
    const republished: ProgressContent = {
      course: buildCourse({ modules: [{ id: 'new-module' }, { id: 'second' }, { id: 'sample' }] }),
      modules: {
        ...content.modules,
        sample: {
          ...sample,
          steps: [{ id: 'new-lesson', type: 'lesson', cites: [] }, ...[...sample.steps].reverse()],
          questions: sample.questions.map((q) =>
            q.type === 'single-choice' ? { ...q, options: [{ id: 'c', correct: false }, ...[...q.options].reverse()] } : q,
          ),
        },
      },
    };
    expect(decodeProgress(text, republished)).toEqual({ progress: sampleProgress(), warnings: [] });
  });

  it('drops an answer whose option was removed and a scenario path from the first removed choice, saying so', () => {
    const content = sampleContent();
    const text = encodeProgress(sampleProgress(), content);
    const sample = content.modules['sample'] as Module;
    const republished: ProgressContent = {
      ...content,
      modules: {
        ...content.modules,
        sample: {
          ...sample,
          questions: sample.questions.map((q) => (q.id === 'q-law' && q.type === 'single-choice' ? { ...q, options: q.options.filter((o) => o.id !== 'a') } : q)),
          scenarios: sample.scenarios.map((s) => ({
            ...s,
            nodes: s.nodes.map((n) => ({ ...n, choices: n.choices.filter((c) => c.id !== 'tell-late') })),
          })),
        },
      },
    };
    const { progress, warnings } = decodeProgress(text, republished);
    expect(progress.modules['sample']?.answers).toEqual({ 'q-true': { type: 'true-false', value: true } });
    expect(progress.modules['sample']?.scenarios).toEqual({ chat: ['pay'] });
    expect(warnings).toEqual([
      expect.stringContaining('a choice in scenario "chat"'),
      expect.stringContaining('question "q-law" names an option that'),
    ]);
  });

  it('drops an answer whose question changed type', () => {
    const content = sampleContent();
    const text = encodeProgress(sampleProgress(), content);
    const sample = content.modules['sample'] as Module;
    const republished: ProgressContent = {
      ...content,
      modules: { ...content.modules, sample: { ...sample, questions: sample.questions.map((q) => (q.id === 'q-true' ? { id: 'q-true', cites: [], type: 'ordering', items: ['a', 'b'] } : q)) } },
    };
    const { progress, warnings } = decodeProgress(text, republished);
    expect(progress.modules['sample']?.answers).toEqual({ 'q-law': { type: 'single-choice', option: 'a' } });
    expect(warnings).toEqual([expect.stringContaining('no longer fits the question')]);
  });
});

describe('progress codec: damaged, truncated and foreign text', () => {
  const safeChar = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~!*');
  const decodeNeverThrows = (text: string, content: ProgressContent) => {
    const decoded = decodeProgress(text, content);
    expect(Array.isArray(decoded.warnings)).toBe(true);
    expectOnlyExistingContent(decoded.progress, content);
  };

  it('never throws on random text, and keeps only what exists', { timeout: 30_000 }, () => {
    const content = sampleContent();
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: safeChar, maxLength: 300 }), fc.string({ unit: safeChar }).map((s) => `os1.${s}`)), (text) =>
        decodeNeverThrows(text, content),
      ),
      { numRuns: 3000 },
    );
  });

  /** Saves of generated progress; generating content is the slow part, so it is done once. */
  const saves = fc
    .sample(contentWithProgressArb({ maxModules: 4 }), { numRuns: 60, seed: 20240 })
    .map(({ content, progress }) => ({ content, text: encodeProgress(progress, content) }));
  const saveArb = fc.constantFrom(...saves);

  it('never throws on truncated text, and keeps every section before the cut', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(saveArb, fc.nat(), ({ content, text }, cut) => {
        const truncated = text.slice(0, cut % (text.length + 1));
        decodeNeverThrows(truncated, content);
        const whole = decodeProgress(text, content).progress;
        const partial = decodeProgress(truncated, content).progress;
        for (const [id, saved] of Object.entries(partial.modules)) expect(saved).toEqual(whole.modules[id]);
      }),
      { numRuns: 2500 },
    );
  });

  it('never throws on bit-flipped text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(saveArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 15 })), { minLength: 1, maxLength: 4 }), ({ content, text }, flips) => {
        const chars = [...text];
        for (const [at, bit] of flips) {
          const i = at % chars.length;
          chars[i] = String.fromCharCode((chars[i] as string).charCodeAt(0) ^ (1 << bit));
        }
        decodeNeverThrows(chars.join(''), content);
      }),
      { numRuns: 2500 },
    );
  });

  it('never throws on text spliced from two saves', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(saveArb, saveArb, fc.nat(), fc.nat(), ({ content, text }, other, a, b) => {
        decodeNeverThrows(text.slice(0, a % (text.length + 1)) + other.text.slice(b % (other.text.length + 1)), content);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops only the damaged section and keeps the others', () => {
    const content = sampleContent();
    const sections = encodeProgress(sampleProgress(), content).split('.');
    const sampleSection = sections.findIndex((s, i) => i > 1 && s.startsWith('M') && decodeProgress(['os1', sections[1], s].join('.'), content).progress.modules['sample']);
    sections[sampleSection] = (sections[sampleSection] as string).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const { progress, warnings } = decodeProgress(sections.join('.'), content);
    expect(progress.modules['sample']).toBeUndefined();
    expect(progress.modules['second']).toEqual(sampleProgress().modules['second']);
    expect(progress.assessment).toEqual(sampleProgress().assessment);
    expect(warnings).toEqual([expect.stringContaining('is damaged; dropped')]);
  });

  it.each([
    ['JSON from another tool', '{"lesson":3,"answers":[1,2]}'],
    ['another vendor\'s format', 'A1B2C3|x=4'],
    ['a header that is not ours', 'osX.HA'],
  ])('starts afresh on %s and says why', (_, text) => {
    const { progress, warnings } = decodeProgress(text, sampleContent());
    expect(progress).toEqual(emptyProgress());
    expect(warnings).toEqual(['The saved progress is not in a format this course recognises; starting afresh.']);
  });

  it('starts afresh on progress written by a newer version, and says so', () => {
    const { progress, warnings } = decodeProgress('os4.Hzzz.Mabcd', sampleContent());
    expect(progress).toEqual(emptyProgress());
    expect(warnings).toEqual([expect.stringContaining('newer version of the course (format 4)')]);
  });
});

describe('progress codec: migration from older formats', () => {
  it('reads the prototype (v0) format into the current record', () => {
    const content = sampleContent();
    const { progress, warnings } = decodeProgress('os0.+second.>sample.+gone-module', content);
    expect(progress).toEqual({
      modules: { second: { ...emptyModuleProgress(), completed: true }, sample: emptyModuleProgress() },
      assessment: { attempts: [] },
      openModuleId: 'sample',
    });
    expect(warnings).toEqual(['Old-format progress: module "gone-module" no longer exists in the course; dropped.']);
  });

  it('saves migrated progress in the current format', () => {
    const content = sampleContent();
    const migrated = decodeProgress('os0.+second', content).progress;
    const text = encodeProgress(migrated, content);
    expect(text.startsWith('os1.')).toBe(true);
    expect(decodeProgress(text, content)).toEqual({ progress: migrated, warnings: [] });
  });
});
