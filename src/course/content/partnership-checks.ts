import { PartnershipSchema, type Partnership } from '../schema/partnership-schema';
import { partnershipRequiredTexts } from '../text-keys';
import { createProblem, type ContentProblem } from './content-problem';
import { contrastRatio } from './contrast';
import type { ParsedDocument } from './parsed-document';
import { LowContrastBrandColour, MissingPartnershipLocale } from './problem-catalogue';
import { parseWithSchema } from './schema-problems';
import { textProblems } from './text-checks';

export interface PartnershipFolder {
  folder: string;
  structure: ParsedDocument;
  locales: Record<string, ParsedDocument>;
}

/**
 * A partnership's settings and texts: the schema (front-door numbers are required),
 * a brand colour white text can be read on, and every text in every locale it lists
 * and every locale the course ships (`requiredLocales`).
 */
export function checkPartnership(
  folder: PartnershipFolder,
  requiredLocales: readonly string[] = [],
): { partnership: Partnership | undefined; problems: ContentProblem[] } {
  const { structure } = folder;
  const problems: ContentProblem[] = [...structure.problems, ...Object.values(folder.locales).flatMap((l) => l.problems)];
  if (!structure.ok) return { partnership: undefined, problems };
  const { value: partnership, problems: schemaProblems } = parseWithSchema(PartnershipSchema, structure);
  problems.push(...schemaProblems);
  if (!partnership) return { partnership: undefined, problems };

  const ratio = contrastRatio(partnership.brandColour, '#ffffff');
  if (ratio < 4.5) {
    problems.push(
      createProblem(LowContrastBrandColour, { colour: partnership.brandColour, ratio: ratio.toFixed(2) }, {
        file: structure.file,
        line: structure.lineOf(['brandColour']),
        path: ['brandColour'],
        found: partnership.brandColour,
        expected: 'a colour with at least 4.5:1 contrast against white',
      }),
    );
  }
  for (const locale of new Set([...partnership.locales, ...requiredLocales])) {
    const doc = folder.locales[locale];
    if (!doc || !partnership.locales.includes(locale)) {
      problems.push(
        createProblem(MissingPartnershipLocale, { locale }, { file: structure.file, line: structure.lineOf(['locales']), path: ['locales'], found: partnership.locales.join(', '), expected: locale }),
      );
      continue;
    }
    problems.push(...textProblems(partnershipRequiredTexts(partnership), structure, doc));
  }
  return { partnership, problems };
}
