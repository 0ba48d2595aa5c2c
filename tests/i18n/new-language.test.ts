import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readCatalogue, shippedLanguages } from '../../scripts/i18n/catalogue';
import { main as importMain } from '../../scripts/i18n/import-cli';
import { main as statusMain } from '../../scripts/i18n/status-cli';
import { missingInterfaceTexts } from '../../scripts/i18n/status';
import { capture, copyProject, snapshot } from './temp-project';

/**
 * A first, partial translation into a language the course does not ship yet (Polish, with its
 * four plural forms): refused unless asked for, then written; a text a tool left with an empty
 * target and state `initial` is simply not translated yet.
 */

const fixture = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'valid', 'pl-partial.xlf');

describe('importing a new language', { timeout: 60_000 }, () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => project.remove());

  it('is refused without --new-language, and nothing is written', () => {
    const before = snapshot(project.root);
    const { err, output } = capture();
    expect(importMain([fixture], output, project.root)).toBe(1);
    expect(err[0]).toBe(`${fixture}:2: the target language "pl" is not one the course ships (cy, ur); if this is a new language, import it with --new-language`);
    expect(snapshot(project.root)).toEqual(before);
  });

  it('with --new-language writes the translated texts and which are reviewed, and makes the language shipped', () => {
    const { out, err, output } = capture();
    expect(importMain([fixture, '--new-language'], output, project.root), err.join('\n')).toBe(0);
    expect(out.at(-1)).toMatch(/6 texts new or changed, 5 marked reviewed/);
    const player = JSON.parse(readFileSync(path.join(project.root, 'src/lib/i18n/locales/pl/player.json'), 'utf8')) as Record<string, Record<string, Record<string, string>>>;
    expect(player.module?.warning).toEqual({ title: 'Ostrzeżenie o treści' });
    expect(player.module?.progress).toEqual({ screen: 'Ekran {{current}} z {{total}}' });
    expect(Object.keys(player.references ?? {})).toEqual(['intro_one', 'intro_few', 'intro_many', 'intro_other']);
    const status = parseYaml(readFileSync(path.join(project.root, 'src/lib/i18n/locales/pl/status.yaml'), 'utf8')) as { reviewed: string[] };
    expect(status.reviewed).toEqual(['player:module.progress.screen', 'player:references.intro_one', 'player:references.intro_few', 'player:references.intro_many', 'player:references.intro_other']);

    // Now shipped, Polish must have the whole interface before npm test passes.
    expect(shippedLanguages(project.root)).toContain('pl');
    const missing = missingInterfaceTexts(project.root, readCatalogue(project.root), 'pl');
    expect(missing).toContain('player:module.warning.continue');
    expect(missing).not.toContain('player:module.warning.title');
  });

  it('a translated file that cannot be read stops the tools, named, rather than being overwritten', () => {
    writeFileSync(path.join(project.root, 'modules/commerce/locales/pl.yaml'), 'intro:\n  title: "Handel\n');
    const { err, output } = capture();
    expect(statusMain(['pl'], output, project.root)).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^modules\/commerce\/locales\/pl\.yaml: cannot be read \(.*\); fix it and run the command again\.$/)]);
  });
});
