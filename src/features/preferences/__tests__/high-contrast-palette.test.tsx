import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../course/content/contrast';
import { PREFERENCE_CLASSES, textSizeClass } from '../document-preferences';
import { TEXT_SIZES } from '../../../course/progress/learner-preferences';

/**
 * The high-contrast palette is only worth having if every pairing the styles use
 * reads well: these are read from the stylesheets themselves, so a token added or
 * changed there is checked here.
 */

// Read from disk: Vitest hands CSS imports (even ?raw) to its CSS pipeline, which empties them.
const STYLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'styles');
const stylesheet = (name: string): string => readFileSync(join(STYLES_DIR, name), 'utf8');
const tokensCss = stylesheet('tokens.css');
const preferencesCss = stylesheet('preferences.css');

/** The custom properties declared in the first rule with exactly this selector. */
function customProperties(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`No "${selector} {" rule found`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

const standard = customProperties(tokensCss, ':root');
const highContrast = customProperties(preferencesCss, 'html.high-contrast');
const colour = (token: string): string => {
  const value = highContrast.get(`--colour-${token}`);
  if (!value?.match(/^#[0-9a-f]{6}$/i)) throw new Error(`--colour-${token} has no #rrggbb value in html.high-contrast (found ${value})`);
  return value;
};

describe('high contrast colours', () => {
  it('override every colour token, so no standard colour (nor the partnership brand) shows through', () => {
    const colourTokens = [...standard.keys()].filter((name) => name.startsWith('--colour-'));
    expect(colourTokens.length).toBeGreaterThan(10);
    expect(colourTokens.filter((name) => !highContrast.has(name))).toEqual([]);
  });

  it.each([
    ['text', 'background'],
    ['text-muted', 'background'],
    ['text', 'surface'],
    ['link', 'background'],
    ['link-visited', 'background'],
    ['brand-text', 'brand'],
    ['brand', 'background'],
    ['correct', 'background'],
    ['incorrect', 'background'],
    ['text', 'correct-surface'],
    ['text', 'incorrect-surface'],
    ['text', 'warning-surface'],
  ])('give text in %s on %s a contrast of at least 7:1 (AAA)', (text, background) => {
    expect(contrastRatio(colour(text), colour(background))).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['border', 'background'],
    ['locked', 'background'],
    ['focus', 'background'],
    ['focus', 'focus-halo'],
    ['brand', 'brand-text'],
  ])('give %s against %s at least 3:1, so boundaries and focus stay visible', (line, against) => {
    expect(contrastRatio(colour(line), colour(against))).toBeGreaterThanOrEqual(3);
  });
});

describe('preference styles', () => {
  it('have a rule for every class the preferences put on <html>', () => {
    const classes = [...Object.values(PREFERENCE_CLASSES), ...TEXT_SIZES.flatMap((size) => textSizeClass(size) ?? [])];
    for (const name of classes) expect(preferencesCss).toContain(`html.${name}`);
  });

  it('space text as WCAG 1.4.12 asks when the easier-to-read font is on', () => {
    const rule = (selector: string) => preferencesCss.slice(preferencesCss.indexOf(`${selector} {`), preferencesCss.indexOf('}', preferencesCss.indexOf(`${selector} {`)));
    expect(rule('html.readable-font *')).toMatch(/letter-spacing: 0\.12em/);
    expect(rule('html.readable-font *')).toMatch(/word-spacing: 0\.16em/);
    expect(rule('html.readable-font .site-main :is(p, ul, ol, blockquote, figure)')).toMatch(/margin-block-end: 2em/);
    expect(Number(rule('html.readable-font').match(/line-height: ([\d.]+)/)?.[1])).toBeGreaterThanOrEqual(1.5);
  });

  it('use logical properties and relative sizes only', () => {
    expect(preferencesCss).not.toMatch(/\b(left|right)\b/);
    expect(preferencesCss.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/\d+px/);
  });
});
