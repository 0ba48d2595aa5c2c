import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, parse as parseYaml } from 'yaml';
import { loadContent } from '../../scorm/content/load-content';
import { readCatalogue } from '../../scripts/i18n/catalogue';
import type { SourceFile } from '../../scripts/i18n/catalogue';
import { main as exportMain } from '../../scripts/i18n/export-cli';
import { main as importMain } from '../../scripts/i18n/import-cli';
import { main as statusMain } from '../../scripts/i18n/status-cli';
import { importXliff } from '../../scripts/i18n/import-xliff';
import { applyWrites } from '../../scripts/i18n/locale-files';
import { exportXliff } from '../../scripts/i18n/xliff-export';
import { capture, copyProject, snapshot } from './temp-project';

/**
 * The translator's round trip on a copy of the real texts: exporting and importing unchanged
 * leaves every locale file byte for byte as it was; a translator's work (new texts, changed
 * texts, reviews) lands in the locale and status files, and exporting that again gives back the
 * translator's file exactly, so nothing is lost either way.
 */

const shipped = ['cy', 'ur'];

/** What a translator does: translate every untranslated text, mark every other one reviewed, reword one. */
function translate(xliff: string): string {
  let n = 0;
  return xliff
    .replace(/<segment state="initial">\n(\s*)<source>([^<]*)<\/source>/g, (_all, indent: string, source: string) => {
      n += 1;
      const state = n % 2 === 0 ? 'reviewed' : 'translated';
      // Each line keeps its Markdown and placeholders; " (cy)" stands for the translation.
      const target = source
        .split('\n')
        .map((line) => (line.trim() ? `${line} (cy)` : line))
        .join('\n');
      return `<segment state="${state}">\n${indent}<source>${source}</source>\n${indent}<target>${target}</target>`;
    })
    .replace('<target>Sgrin {{current}} o {{total}}</target>', '<target>Tudalen {{current}} o {{total}}</target>');
}

describe('export, then import: the translator round trip', { timeout: 120_000 }, () => {
  let project: ReturnType<typeof copyProject>;
  let files: SourceFile[];
  beforeAll(() => {
    project = copyProject();
    files = readCatalogue(project.root);
  });
  afterAll(() => project.remove());

  it('importing an unchanged export changes no byte of any locale file (npm run i18n:export, npm run i18n:import)', () => {
    const before = snapshot(project.root);
    const out = path.join(project.root, 'exported');
    const exported = capture();
    expect(exportMain([...shipped, '--out', out], exported.output, project.root), exported.err.join('\n')).toBe(0);
    expect(exported.out.join('\n')).toMatch(/^Welsh \(cy\): exported\/cy\.xlf, \d+ texts, \d+ already translated$/m);
    for (const language of shipped) {
      const imported = capture();
      expect(importMain([path.join(out, `${language}.xlf`)], imported.output, project.root), imported.err.join('\n')).toBe(0);
      expect(imported.out.at(-1)).toMatch(/nothing to change/);
    }
    const after = snapshot(project.root);
    for (const language of shipped) after.delete(path.join('exported', `${language}.xlf`));
    expect(after).toEqual(before);
  });

  it("a translator's work is written, and exporting it again gives the translator's file back", () => {
    const translated = translate(exportXliff(project.root, files, 'cy'));
    const result = importXliff(project.root, translated, files, { shipped });
    expect(result.problems).toEqual([]);
    expect(result.changed).toBeGreaterThan(1000);
    applyWrites(project.root, result.writes);

    // A module nobody had translated now has a Welsh file, a reviewed list, Markdown kept as a block.
    const cy = parseYaml(readFileSync(path.join(project.root, 'modules/commerce/locales/cy.yaml'), 'utf8')) as { intro: { body: string; title: string } };
    const en = parseYaml(readFileSync(path.join(project.root, 'modules/commerce/locales/en-GB.yaml'), 'utf8')) as { intro: { body: string; title: string } };
    expect(cy.intro.title).toBe(`${en.intro.title} (cy)`);
    // Paragraphs, and the English's closing line break or its absence, are kept.
    const eachLine = (text: string): string => text.split('\n').map((line) => (line.trim() ? `${line} (cy)` : line)).join('\n');
    expect(cy.intro.body).toBe(eachLine(en.intro.body));
    const bullying = readFileSync(path.join(project.root, 'modules/parents-bullying/locales/cy.yaml'), 'utf8');
    expect(bullying).toMatch(/^ {2}body: \|\n/m);
    const reviewedList = parseYaml(readFileSync(path.join(project.root, 'modules/commerce/locales/cy.status.yaml'), 'utf8')) as { reviewed: string[] };
    expect(reviewedList.reviewed.length).toBeGreaterThan(50);
    // Content validation reads the locale folders: a status file there is the tools', not an unexpected file.
    const unexpected = loadContent(path.join(project.root, 'modules'), { projectRoot: project.root }).problems.filter((p) => p.code === 'UnexpectedFile');
    expect(unexpected).toEqual([]);
    // The reworded interface text, with its placeholders.
    const player = JSON.parse(readFileSync(path.join(project.root, 'src/lib/i18n/locales/cy/player.json'), 'utf8')) as { module: { progress: { screen: string } } };
    expect(player.module.progress.screen).toBe('Tudalen {{current}} o {{total}}');

    // npm run i18n:status counts it: commerce wholly translated, every other text reviewed.
    const status = capture();
    expect(statusMain(['cy'], status.output, project.root)).toBe(0);
    const commerce = status.out.find((line) => line.trimStart().startsWith('commerce '));
    expect(commerce).toMatch(/^\s+commerce\s+(\d+)\s+\1 \(100 %\)\s+\d+ \((4[5-9]|5[0-5]) %\)$/);

    // Only the fingerprints of the translations a unit was exported with differ: they are the new ones now.
    const withoutFingerprints = (xliff: string): string => xliff.replace(/\n\s*<mda:metadata>[\s\S]*?<\/mda:metadata>/g, '');
    const reexported = exportXliff(project.root, files, 'cy');
    expect(withoutFingerprints(reexported)).toBe(withoutFingerprints(translated));
    expect(reexported).not.toBe(translated);
    const settled = snapshot(project.root);
    const again = importXliff(project.root, translated, files, { shipped });
    expect(again.problems).toEqual([]);
    expect(again.writes.size).toBe(0);
    applyWrites(project.root, again.writes);
    expect(snapshot(project.root)).toEqual(settled);
  });

  it('refuses to overwrite a text edited by hand after the export, unless told to', () => {
    const file = 'modules/courses/parents-and-carers/locales/cy.yaml';
    const exported = exportXliff(project.root, files, 'cy');
    const description = /<file id="course\.parents-and-carers"[\s\S]*?<unit id="description">[\s\S]*?<target>([^<]*)<\/target>/.exec(exported)?.[1];
    expect(description).toBeTruthy();
    const fromTranslator = exported.replace(`<target>${description ?? ''}</target>`, '<target>Disgrifiad newydd gan y cyfieithydd.</target>');
    const onDisk = readFileSync(path.join(project.root, file), 'utf8');
    const handEdit = parseDocument(onDisk);
    handEdit.set('title', 'Teitl wedi’i newid â llaw');
    handEdit.set('description', 'Golygiad â llaw.');
    writeFileSync(path.join(project.root, file), handEdit.toString());

    const refused = importXliff(project.root, fromTranslator, files, { shipped });
    expect(refused.writes.size).toBe(0);
    // The hand-edited description conflicts with the translator's; the hand-edited title, which the translator left alone, conflicts too.
    expect(refused.problems.map((p) => p.kind)).toEqual(['changed-since-export', 'changed-since-export']);
    expect(refused.problems[1]?.message).toMatch(/"description" \(course\.parents-and-carers\): modules\/courses\/parents-and-carers\/locales\/cy\.yaml changed after this file was exported \(it now reads “Golygiad â llaw\.”\)/);
    expect(refused.problems[1]?.line).toBe(fromTranslator.split('\n').findIndex((l) => l.includes('Disgrifiad newydd')) + 1);

    const replaced = importXliff(project.root, fromTranslator, files, { shipped, replaceChanged: true });
    expect(replaced.problems).toEqual([]);
    // --replace-changed keeps the translator's file whole: its description, and its (older) title.
    const written = parseYaml(replaced.writes.get(file) ?? '') as { title: string; description: string };
    expect(written.description).toBe('Disgrifiad newydd gan y cyfieithydd.');
    expect(written.title).toBe((parseYaml(onDisk) as { title: string }).title);
    writeFileSync(path.join(project.root, file), onDisk);
  });

  it("changing one text of a hand-written file changes that line only, keeping the file's comments and layout", () => {
    const file = 'modules/courses/parents-and-carers/locales/ur.yaml';
    const before = readFileSync(path.join(project.root, file), 'utf8');
    const exported = exportXliff(project.root, files, 'ur');
    const title = /<file id="course\.parents-and-carers"[\s\S]*?<unit id="title">[\s\S]*?<target>([^<]*)<\/target>/.exec(exported);
    expect(title?.[1]).toBeTruthy();
    const edited = exported.replace(`<target>${title?.[1] ?? ''}</target>`, '<target>آن لائن حفاظت – والدین</target>');
    const result = importXliff(project.root, edited, files, { shipped });
    expect(result.problems).toEqual([]);
    expect([...result.writes.keys()]).toEqual([file]);
    const after = result.writes.get(file) ?? '';
    const changedLines = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changedLines).toEqual([expect.stringContaining('آن لائن حفاظت – والدین')]);
    expect(after.split('\n').length).toBe(before.split('\n').length);
  });
});
