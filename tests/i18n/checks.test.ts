import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../scripts/i18n/catalogue';
import { placeholderProblems } from '../../scripts/i18n/import-xliff';
import { markdownProblems } from '../../scripts/i18n/markdown-check';
import { pluralCategories, unitsOf } from '../../scripts/i18n/units';

/** The import's text checks on their own: what a translator may change, and what breaks the course. */

describe('Markdown in a translation', () => {
  const english = 'Call **Childline** on 0800 1111, or see [their website](https://www.childline.org.uk/).\n\n- Listen\n- Stay calm\n';

  it('accepts the same formatting around other words, in another order', () => {
    expect(markdownProblems(english, 'Ewch i [eu gwefan](https://www.childline.org.uk/) neu ffoniwch **Childline** ar 0800 1111.\n\n- Gwrandewch\n- Arhoswch yn dawel')).toEqual([]);
  });

  it('accepts snake_case words and a translated link address', () => {
    expect(markdownProblems('See [the page](https://example.org/en).', 'Gweler [y dudalen](https://example.org/cy) am user_name.')).toEqual([]);
  });

  it.each([
    ['emphasis that does not close', 'Ffoniwch **Childline ar 0800 1111, neu [eu gwefan](https://www.childline.org.uk/).\n\n- Gwrandewch\n- Arhoswch', /unbalanced emphasis/],
    ['a link with a space before its address', 'Ffoniwch **Childline**, neu [eu gwefan] (https://www.childline.org.uk/).\n\n- Gwrandewch\n- Arhoswch', /a broken link/],
    ['a lost link', 'Ffoniwch **Childline**, neu ewch i’w gwefan.\n\n- Gwrandewch\n- Arhoswch', /the English has 1 link\(s\) and the translation 0/],
    ['a list run into one line', 'Ffoniwch **Childline**, neu [eu gwefan](https://www.childline.org.uk/).\n\n- Gwrandewch - Arhoswch', /a list of 2 item\(s\) and the translation has 1/],
    ['HTML', 'Ffoniwch <b>Childline</b>, neu [eu gwefan](https://www.childline.org.uk/).\n\n- Gwrandewch\n- Arhoswch', /HTML is not allowed .*<b>/],
  ])('rejects %s', (_name, translation, message) => {
    expect(markdownProblems(english, translation).join('\n')).toMatch(message);
  });
});

const file = (texts: Record<string, string>): SourceFile => ({
  id: 'interface.test',
  kind: 'interface',
  area: 'interface',
  sourcePath: 'test.json',
  format: 'json',
  texts: Object.entries(texts).map(([key, text]) => ({ key, text, markdown: false, where: key })),
  targetPath: (l) => `${l}.json`,
  statusPath: (l) => `${l}.status.yaml`,
  statusKey: (k) => k,
});

describe('placeholders and plurals', () => {
  it('gives a language every plural form it needs, from the English forms', () => {
    const units = unitsOf(file({ 'minutes_one': 'about {{count}} minute', 'minutes_other': 'about {{count}} minutes', 'minutes_total': 'no plural' }), 'cy');
    expect(units.map((u) => u.key)).toEqual(['minutes_zero', 'minutes_one', 'minutes_two', 'minutes_few', 'minutes_many', 'minutes_other', 'minutes_total']);
    expect(units.find((u) => u.key === 'minutes_few')?.source).toBe('about {{count}} minutes');
    expect(pluralCategories('ur')).toEqual(['one', 'other']);
  });

  it('lets a plural form leave out or add {{count}}, but not other placeholders', () => {
    const [one] = unitsOf(file({ 'left_one': 'One attempt left at {{place}}', 'left_other': '{{count}} attempts left at {{place}}' }), 'cy').filter((u) => u.key === 'left_one');
    expect(placeholderProblems(one!, 'Un cynnig ar ôl yn {{place}}')).toEqual([]);
    expect(placeholderProblems(one!, '{{count}} cynnig ar ôl yn {{place}}')).toEqual([]);
    expect(placeholderProblems(one!, 'Un cynnig ar ôl').join()).toMatch(/missing placeholder \{\{place\}\}/);
  });

  it('accepts spaces inside the braces, as i18next does, and the same placeholder moved', () => {
    const [unit] = unitsOf(file({ screen: 'Screen {{current}} of {{total}}' }), 'cy');
    expect(placeholderProblems(unit!, 'O {{ total }}, sgrin {{current}}')).toEqual([]);
    expect(placeholderProblems(unit!, 'Sgrin {{current}} o {{current}}').join('\n')).toMatch(/missing placeholder \{\{total\}\}[\s\S]*\{\{current\}\} appears more often than in the English/);
  });
});
