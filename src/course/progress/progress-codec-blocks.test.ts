import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../testing/builders';
import type { Module } from '../schema/module-schema';
import { decodeProgress, encodeProgress } from './progress-codec';
import type { ProgressContent } from './progress-content';
import { emptyModuleProgress, type ProgressRecord } from './progress-record';
import { worstCaseProgressLength } from './worst-case';

/** The sample module with a lesson holding one spot-the-signs and one sort-into-groups block. */
const withBlocks = (blocks: unknown[] = defaultBlocks): Module =>
  buildModule({
    steps: [
      { id: 'welcome', type: 'lesson', blocks: [{ id: 'intro', type: 'text' }, ...blocks] },
      { id: 'chat', type: 'scenario', scenario: 'chat' },
      { id: 'check', type: 'knowledge-check', questions: ['q-law', 'q-true'] },
    ],
  });
const defaultBlocks = [
  { id: 'signs', type: 'spot-the-signs', items: [{ id: 'gift', sign: true }, { id: 'app', sign: false }, { id: 'secret', sign: true }] },
  { id: 'sort', type: 'sort-into-groups', groups: ['contact', 'commerce'], items: [{ id: 'loot', group: 'commerce' }, { id: 'dm', group: 'contact' }] },
];
const second = (): Module =>
  buildModule({ id: 'second', steps: [{ id: 'only', type: 'knowledge-check', questions: ['q-2nd'] }], scenarios: [], questions: [{ id: 'q-2nd', type: 'true-false', answer: true }] });
const content = (module: Module = withBlocks()): ProgressContent => ({ course: buildCourse(), modules: { sample: module, second: second() } });

const answered = (): ProgressRecord => ({
  modules: {
    sample: {
      ...emptyModuleProgress(),
      position: { at: 'step', stepId: 'welcome' },
      blocks: {
        'welcome.signs': { type: 'spot-the-signs', selected: ['secret', 'app'] },
        'welcome.sort': { type: 'sort-into-groups', placed: { loot: 'contact', dm: 'contact' } },
      },
    },
  },
  assessment: { attempts: [] },
  openModuleId: 'sample',
});

describe('saved progress: answers to lesson blocks', () => {
  it('restores every block answer, so a resumed lesson shows the activities answered', () => {
    const text = encodeProgress(answered(), content());
    expect(text.split('.').some((section) => section.startsWith('B'))).toBe(true);
    expect(decodeProgress(text, content())).toEqual({ progress: answered(), warnings: [] });
  });

  it('writes no block section when nothing is answered, so such text is what version 1 always was', () => {
    const record = answered();
    const sample = record.modules['sample'];
    if (sample) delete sample.blocks;
    const text = encodeProgress(record, content());
    expect(text).toMatch(/^os1\./);
    expect(text.split('.').some((section) => section.startsWith('B'))).toBe(false);
    expect(decodeProgress(text, content()).progress.modules['sample']).not.toHaveProperty('blocks');
  });

  it('still loads old records: text from before lesson blocks reads exactly as before, against content that now has blocks', () => {
    const documentedV1 = 'os1.HAlsGb.MlsCAV~BEfys5!m7su5!ifty7.MwFBnZ.A*AAAeJAAo*DuaygA__!sTYp8gb2ysXY27';
    const { progress, warnings } = decodeProgress(documentedV1, content());
    expect(warnings).toEqual([]);
    expect(progress.modules['sample']).toEqual({
      completed: false,
      position: { at: 'step', stepId: 'check' },
      scenarios: { chat: ['pay', 'tell-late'] },
      answers: { 'q-law': { type: 'single-choice', option: 'a' }, 'q-true': { type: 'true-false', value: true } },
    });
  });

  it('drops, with a warning, the answer to a block whose items changed since, and keeps the rest', () => {
    const text = encodeProgress(answered(), content());
    const changed = withBlocks([
      { id: 'signs', type: 'spot-the-signs', items: [{ id: 'gift', sign: true }, { id: 'homework', sign: false }] },
      defaultBlocks[1],
    ]);
    const { progress, warnings } = decodeProgress(text, content(changed));
    expect(progress.modules['sample']?.blocks).toEqual({ 'welcome.sort': { type: 'sort-into-groups', placed: { loot: 'contact', dm: 'contact' } } });
    expect(progress.modules['sample']?.position).toEqual({ at: 'step', stepId: 'welcome' });
    expect(warnings).toEqual(['Module "sample": an answer to a lesson activity no longer matches the course; dropped.']);
  });

  it('counts every activity answered in full in the worst case that packaging checks against 4,096 characters', () => {
    const plain = worstCaseProgressLength(buildCourse(), { sample: buildModule(), second: second() });
    const blocks = worstCaseProgressLength(buildCourse(), content().modules);
    const full = answered();
    const sample = full.modules['sample'];
    if (sample) sample.blocks = { 'welcome.signs': { type: 'spot-the-signs', selected: ['gift', 'app', 'secret'] }, 'welcome.sort': { type: 'sort-into-groups', placed: { loot: 'commerce', dm: 'contact' } } };
    expect(blocks).toBeGreaterThan(plain);
    expect(encodeProgress(full, content()).length).toBeLessThanOrEqual(blocks);
  });
});
