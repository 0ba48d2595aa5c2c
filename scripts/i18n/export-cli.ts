import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCatalogue, shippedLanguages, SOURCE_LANGUAGE } from './catalogue';
import { consoleOutput, isMain, projectRoot, reportingLocaleErrors } from './cli-output';
import type { CliOutput } from './cli-output';
import { canonicalLanguage, languageName } from './languages';
import { translationStatus } from './status';
import { exportXliff } from './xliff-export';

/**
 * `npm run i18n:export -- cy [ur …] [--out <folder>]`: one XLIFF 2.0 file per language,
 * `translations/<lang>.xlf` by default, with every interface and course text, what is already
 * translated and whether it is reviewed. With no language, every shipped language.
 */

export const DEFAULT_OUT = 'translations';

export function main(args: readonly string[], output: CliOutput = consoleOutput, root = projectRoot()): number {
  return reportingLocaleErrors(() => run(args, output, root), output);
}

function run(args: readonly string[], output: CliOutput, root: string): number {
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? args[outIndex + 1] : DEFAULT_OUT;
  if (outDir === undefined) {
    output.err('--out needs a folder: npm run i18n:export -- cy --out <folder>');
    return 1;
  }
  const requested = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
  const languages = requested.length > 0 ? requested : shippedLanguages(root);
  if (languages.length === 0) {
    output.err('No language to export: name one, as in npm run i18n:export -- cy');
    return 1;
  }
  for (const language of languages) {
    if (canonicalLanguage(language) !== language || language === SOURCE_LANGUAGE) {
      output.err(`"${language}" is not a target language tag as the course writes them (cy, ur, pl, pa-Arab…), or it is the source language.`);
      return 1;
    }
  }
  const files = readCatalogue(root);
  for (const language of languages) {
    // The default folder is the project's; an --out folder is meant from where the command was typed.
    const file = outIndex >= 0 ? path.resolve(process.env.INIT_CWD ?? process.cwd(), outDir, `${language}.xlf`) : path.resolve(root, outDir, `${language}.xlf`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, exportXliff(root, files, language));
    const rows = translationStatus(root, files, language);
    const texts = rows.reduce((n, r) => n + r.texts, 0);
    const translated = rows.reduce((n, r) => n + r.translated, 0);
    output.out(`${languageName(language)} (${language}): ${path.relative(root, file)}, ${texts} texts, ${translated} already translated`);
  }
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
