import { describe, expect, it } from 'vitest';
import { moduleRequiredTexts } from '../../../course/required-texts';
import { buildModule } from '../../../testing/builders';
import { sampleModuleTexts } from '../../../testing/sample-texts';
import { compileMarkdown } from '../compile-markdown';
import { compileModuleTexts } from '../compile-module-texts';

/** Every leaf of a bundle by its dotted key. */
const leaves = (bundle: unknown, prefix = ''): Map<string, unknown> => {
  const found = new Map<string, unknown>();
  if (typeof bundle === 'object' && bundle !== null && !Array.isArray(bundle)) {
    for (const [key, value] of Object.entries(bundle)) for (const leaf of leaves(value, `${prefix}${key}.`)) found.set(...leaf);
  } else found.set(prefix.slice(0, -1), bundle);
  return found;
};

describe('compileModuleTexts', () => {
  const module = buildModule();
  const markdownKeys = new Set(moduleRequiredTexts(module).filter((t) => t.markdown).map((t) => t.key));

  it('compiles exactly the texts the module renders as Markdown and leaves the rest as strings', () => {
    const source = leaves(sampleModuleTexts);
    const compiled = leaves(compileModuleTexts(module, sampleModuleTexts));
    expect([...compiled.keys()]).toEqual([...source.keys()]);
    for (const [key, value] of compiled) {
      if (markdownKeys.has(key)) expect(value, key).toEqual(compileMarkdown(source.get(key) as string));
      else expect(value, key).toBe(source.get(key));
    }
    expect(compiled.get('summary.body')).toEqual([['p', ['strong', 'Key points']], ['ul', [['text', 'Listen']], [['text', 'Report']]]]);
    expect(compiled.get('intro.title')).toBe('Spotting contact risk');
  });

  it('does not change the texts it is given', () => {
    const before = structuredClone(sampleModuleTexts);
    compileModuleTexts(module, sampleModuleTexts);
    expect(sampleModuleTexts).toEqual(before);
  });

  it('finds dotted keys as i18next does', () => {
    expect(compileModuleTexts(module, { 'intro.body': 'A *dotted* key', steps: { 'welcome.body': 'Half' } })).toEqual({
      'intro.body': [['p', 'A ', ['em', 'dotted'], ' key']],
      steps: { 'welcome.body': [['p', 'Half']] },
    });
  });

  it('leaves missing, empty and wrongly typed texts for the validator and the player to report', () => {
    expect(compileModuleTexts(module, { intro: { body: '' }, summary: { body: ['a list'] } })).toEqual({ intro: { body: '' }, summary: { body: ['a list'] } });
  });
});
