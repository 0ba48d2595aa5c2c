import { describe, expect, it } from 'vitest';
import { ModuleSchema } from '../schema/module-schema';
import { parseYamlDocument } from './yaml-document';
import { moduleScreens } from './module-screens';
import { countWords } from './plain-text';
import { screenLengthProblems } from './screen-length-checks';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const module = ModuleSchema.parse({
  id: 'm',
  kind: 'contact',
  objectives: ['o'],
  steps: [
    { id: 'short', type: 'lesson' },
    { id: 'long', type: 'lesson' },
  ],
});

/** A locale file whose "long" lesson has `total` words: a one-word title and the rest in its body or blocks. */
function locale(total: number, where: 'body' | 'blocks'): string {
  const rest = where === 'body' ? `    body: ${words(total - 1)}\n` : `    blocks:\n      a: { body: ${words(20)} }\n      b:\n        items:\n          x: { summary: ${words(10)}, body: ${words(total - 31)} }\n`;
  return `intro: { title: M, body: About. }\nsteps:\n  short: { title: Short, body: A few words. }\n  long:\n    title: Long\n${rest}`;
}

describe('countWords', () => {
  it('counts the words a learner reads, not Markdown marks or link targets', () => {
    expect(countWords('**Bold** and _italic_ text.\n\n- one item\n- [a link](https://example.org/a/b)')).toBe(8);
  });

  it('does not count punctuation on its own as a word', () => {
    expect(countWords('Yes – no — maybe / perhaps')).toBe(4);
  });
});

describe('moduleScreens', () => {
  it('gathers every text under a lesson step, block texts included', () => {
    const lesson = moduleScreens(module, parseYamlDocument('m.yaml', locale(120, 'blocks')).data).find((s) => s.key === 'steps.long');
    expect(lesson?.texts.map((t) => t.key)).toEqual(['steps.long.title', 'steps.long.blocks.a.body', 'steps.long.blocks.b.items.x.summary', 'steps.long.blocks.b.items.x.body']);
    expect(lesson?.words).toBe(120);
  });
});

describe('screenLengthProblems', () => {
  const check = (total: number, where: 'body' | 'blocks', audiences: Parameters<typeof screenLengthProblems>[2]) =>
    screenLengthProblems(module, parseYamlDocument('modules/m/locales/en-GB.yaml', locale(total, where)), audiences);

  it('accepts a practitioners’ lesson screen of exactly 200 words and fails one of 201, naming file, line, key and count', () => {
    expect(check(200, 'body', ['practitioners'])).toEqual([]);
    const [problem, ...others] = check(201, 'body', ['practitioners']);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code: 'LessonScreenTooLong', file: 'modules/m/locales/en-GB.yaml', line: 4, field: 'steps.long' });
    expect(problem?.message).toBe(
      'modules/m/locales/en-GB.yaml:4 → steps.long: lesson screen "steps.long" has 201 words; the practitioners\' course allows at most 200 on one screen',
    );
  });

  it('holds a parents’ course to 150 words', () => {
    expect(check(150, 'body', ['parents-and-carers'])).toEqual([]);
    expect(check(151, 'body', ['parents-and-carers']).map((p) => p.message)).toEqual([
      expect.stringContaining('has 151 words; the parents\' course allows at most 150'),
    ]);
  });

  it('counts the texts of every block of the screen', () => {
    expect(check(151, 'blocks', ['parents-and-carers']).map((p) => p.found)).toEqual(['151 words']);
  });

  it('applies the stricter limit when both courses use the module', () => {
    expect(check(160, 'body', ['practitioners', 'parents-and-carers'])).toHaveLength(1);
  });

  it('checks nothing for a module no course uses (that is reported as an orphan)', () => {
    expect(check(400, 'body', [])).toEqual([]);
  });
});
