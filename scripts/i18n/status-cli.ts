import { readCatalogue, shippedLanguages } from './catalogue';
import { consoleOutput, isMain, projectRoot, reportingLocaleErrors } from './cli-output';
import type { CliOutput } from './cli-output';
import { formatStatus, missingInterfaceTexts, translationStatus } from './status';

/**
 * `npm run i18n:status [-- cy …]`: per language and area, the share of texts translated and
 * reviewed, and the interface texts a shipped language still lacks (which npm test rejects).
 */

export function main(args: readonly string[], output: CliOutput = consoleOutput, root = projectRoot()): number {
  return reportingLocaleErrors(() => run(args, output, root), output);
}

function run(args: readonly string[], output: CliOutput, root: string): number {
  const languages = args.length > 0 ? [...args] : shippedLanguages(root);
  const files = readCatalogue(root);
  for (const [i, language] of languages.entries()) {
    if (i > 0) output.out('');
    for (const line of formatStatus(language, translationStatus(root, files, language))) output.out(line);
    const missing = missingInterfaceTexts(root, files, language);
    if (missing.length > 0) output.out(`  interface texts missing (${missing.length}): ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`);
  }
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
