import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scorm/content/load-content';
import { countText, fleschOf, moduleReadability } from '../../scorm/content/readability';
import { formatReport, main } from '../../scorm/readability-cli';
import { ModuleSchema } from '../../src/course/schema/module-schema';
import { moduleNamespace } from '../../src/course/text-keys';

describe('counting text for Flesch reading ease', () => {
  it('scores a plain sentence by the Flesch formula', () => {
    // 1 sentence, 6 words, 6 syllables: 206.835 − 1.015 × 6 − 84.6 × 1.
    expect(countText('The cat sat on the mat.')).toEqual({ sentences: 1, words: 6, syllables: 6 });
    expect(fleschOf(countText('The cat sat on the mat.'))).toBeCloseTo(116.145, 3);
  });

  it('strips Markdown and counts each list item and heading as a sentence', () => {
    expect(countText('**Stay calm.** Then [listen](https://example.org/very/long/address).\n\n- tell them\n- keep the evidence')).toEqual({
      sentences: 4,
      words: 9,
      syllables: 12, // Stay calm Then lis-ten tell them keep the ev-i-dence
    });
  });

  it('does not end a sentence at "e.g."', () => {
    expect(countText('Ask about apps, e.g. games and chat.').sentences).toBe(1);
  });

  it('scores long words in long sentences lower than short ones', () => {
    const plain = fleschOf(countText('Tell a trusted adult. Do not pay. Keep the chat.'));
    const dense = fleschOf(countText('Practitioners should consider multi-agency information-sharing responsibilities proportionately and contemporaneously.'));
    expect(plain).toBeGreaterThan(90);
    expect(dense).toBeLessThan(0);
  });
});

describe('the readability report', () => {
  const module = ModuleSchema.parse({ id: 'm', kind: 'contact', objectives: ['o'], steps: [{ id: 'easy', type: 'lesson' }, { id: 'hard', type: 'lesson' }] });
  const texts = {
    intro: { title: 'About this', body: 'You will learn what to do.' },
    objectives: { o: 'Know what to do' },
    steps: {
      easy: { title: 'Stay calm', body: 'Listen. Tell them it is not their fault. Keep the chat.' },
      hard: { title: 'Statutory considerations', body: 'Practitioners should consider multi-agency information-sharing responsibilities proportionately and contemporaneously.' },
    },
    summary: { body: 'Stay calm and tell someone.' },
  };

  it('marks the screens under the target and names the lowest', () => {
    const report = moduleReadability(module, texts, 'practitioners');
    expect(report.passes).toBe(false);
    expect(report.screens.filter((s) => !s.passes).map((s) => s.screen.name)).toEqual(['lesson hard']);
    expect(report.lowest?.screen.name).toBe('lesson hard');
    const lines = formatReport(report, 'practitioners');
    expect(lines).toContainEqual(expect.stringMatching(/^✗ +\d+ +-?\d+\.\d {2}lesson hard \(under 40\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^  +\d+ +\d+\.\d {2}lesson easy$/));
    expect(lines.at(-1)).toBe("  misses the targets: 1 screen under 40, module average under 50");
  });

  it('holds parents’ screens to the higher target', () => {
    const report = moduleReadability(module, { ...texts, steps: { ...texts.steps, hard: { title: 'Ok', body: 'Children can usually get round home filters by using mobile data instead.' } } }, 'parents-and-carers');
    const score = report.screens.find((s) => s.screen.name === 'lesson hard')?.flesch ?? Number.NaN;
    expect(score).toBeGreaterThan(40);
    expect(score).toBeLessThan(50 + 10);
    expect(report.targets).toEqual({ module: 60, screen: 50 });
  });

  it('npm run readability prints every module of the content, and fails for an unknown module', () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(main(['nope'], { out: (l) => out.push(l), err: (l) => err.push(l) }, 'tests/content/fixtures/valid')).toBe(1);
    expect(err.join('\n')).toContain('No module "nope"');
    out.length = 0;
    expect(main([], { out: (l) => out.push(l), err: (l) => err.push(l) }, 'tests/content/fixtures/valid')).toBe(0);
    expect(out[0]).toBe('alpha (practitioners: module average ≥ 50, every screen ≥ 40)');
    expect(out).toContainEqual(expect.stringMatching(/lesson welcome$/));
  });
});

/**
 * Issue 12 ("Truth and tone"): every screen of every real module reads easily enough for its
 * audience. When this fails it lists the screens under the target with their scores;
 * `npm run readability -- <module-id>` shows the whole module.
 */
describe('readability of the real modules', () => {
  const content = loadContent('modules');
  const modules = Object.values(content.courses).flatMap((course) =>
    course.modules.flatMap((ref) => {
      const module = content.modules[ref.id];
      return module ? [{ course, module }] : [];
    }),
  );

  it('finds modules to check', () => {
    expect(modules.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(modules.map(({ course, module }) => [module.id, course, module] as const))('%s', (_id, course, module) => {
    const report = moduleReadability(module, content.locales[course.locales[0] ?? 'en-GB']?.[moduleNamespace(module.id)] ?? {}, course.audience);

    it(`has no screen under Flesch ${report.targets.screen}`, () => {
      expect(report.screens.filter((s) => !s.passes).map((s) => `${s.screen.name}: ${s.flesch.toFixed(1)}`)).toEqual([]);
    });

    it(`averages at least Flesch ${report.targets.module}`, () => {
      expect(report.flesch).toBeGreaterThanOrEqual(report.targets.module);
    });
  });
});
