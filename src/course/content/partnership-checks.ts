import { PartnershipSchema, type Partnership } from '../schema/partnership-schema';
import { partnershipRequiredTexts } from '../required-texts';
import { createProblem, type ContentProblem } from './content-problem';
import { contrastRatio } from './contrast';
import { numbersCheckedAge, WARN_AFTER_MONTHS } from './numbers-checked';
import type { ParsedDocument } from './parsed-document';
import {
  FrontDoorMismatch,
  LowContrastBrandColour,
  MissingPartnershipFile,
  MissingPartnershipLocale,
  NumbersCheckedInFuture,
  NumbersCheckOverdue,
  UnknownPartnershipCourse,
} from './problem-catalogue';
import { parseWithSchema } from './schema-problems';
import { textProblems } from './text-checks';

export interface PartnershipFolder {
  folder: string;
  structure: ParsedDocument;
  locales: Record<string, ParsedDocument>;
  /** Names of the other files in the folder (a logo is looked for among them). */
  files?: readonly string[];
}

export interface PartnershipCheckOptions {
  /** Locales of the courses being built, which the partnership must have texts for. */
  requiredLocales?: readonly string[];
  /** Every course under modules/courses/, when known: `courses` and `passMarks` must name only these. */
  knownCourses?: readonly string[];
}

/**
 * A partnership's settings and texts: the schema, front-door numbers for a local partnership
 * and none for the national build, a brand colour white text can be read on, a logo file
 * that exists, only known courses, and every text in every locale it lists and every locale
 * the course ships. The age of `numbersChecked` is checked at build time (numbersCheckedProblems).
 */
export function checkPartnership(
  folder: PartnershipFolder,
  { requiredLocales = [], knownCourses }: PartnershipCheckOptions = {},
): { partnership: Partnership | undefined; problems: ContentProblem[] } {
  const { structure } = folder;
  const problems: ContentProblem[] = [...structure.problems, ...Object.values(folder.locales).flatMap((l) => l.problems)];
  if (!structure.ok) return { partnership: undefined, problems };
  const { value: partnership, problems: schemaProblems } = parseWithSchema(PartnershipSchema, structure);
  problems.push(...schemaProblems);
  if (!partnership) return { partnership: undefined, problems };
  const at = (path: (string | number)[], found?: string, expected?: string) => ({
    file: structure.file,
    line: structure.lineOf(path),
    path,
    ...(found === undefined ? {} : { found }),
    ...(expected === undefined ? {} : { expected }),
  });

  if (partnership.national === Boolean(partnership.frontDoor)) {
    problems.push(
      createProblem(
        FrontDoorMismatch,
        { national: partnership.national },
        partnership.national ? at(['frontDoor'], 'a front door', 'no frontDoor') : { ...at(['id']), path: 'frontDoor', expected: 'phone and outOfHoursPhone' },
      ),
    );
  }
  const ratio = contrastRatio(partnership.brandColour, '#ffffff');
  if (ratio < 4.5) {
    problems.push(
      createProblem(
        LowContrastBrandColour,
        { colour: partnership.brandColour, ratio: ratio.toFixed(2) },
        at(['brandColour'], partnership.brandColour, 'a colour with at least 4.5:1 contrast against white'),
      ),
    );
  }
  if (partnership.logo && folder.files && !folder.files.includes(partnership.logo)) {
    problems.push(createProblem(MissingPartnershipFile, { file: partnership.logo }, at(['logo'], partnership.logo)));
  }
  if (knownCourses) {
    (partnership.courses ?? []).forEach((course, i) => {
      if (!knownCourses.includes(course)) problems.push(createProblem(UnknownPartnershipCourse, { course, known: knownCourses }, at(['courses', i], course)));
    });
    const shipped = partnership.courses ?? knownCourses;
    for (const course of Object.keys(partnership.passMarks ?? {})) {
      if (!shipped.includes(course)) problems.push(createProblem(UnknownPartnershipCourse, { course, known: shipped }, at(['passMarks', course], course)));
    }
  }
  for (const locale of new Set([...partnership.locales, ...requiredLocales])) {
    const doc = folder.locales[locale];
    if (!doc || !partnership.locales.includes(locale)) {
      problems.push(createProblem(MissingPartnershipLocale, { locale }, at(['locales'], partnership.locales.join(', '), locale)));
      continue;
    }
    problems.push(...textProblems(partnershipRequiredTexts(partnership), structure, doc));
  }
  return { partnership, problems };
}

/**
 * The age of the partnership's checked numbers on `now`: a problem when over 12 months
 * (or after today), a one-line warning when over 6.
 */
export function numbersCheckedProblems(
  partnership: Partnership,
  structure: ParsedDocument,
  now: Date,
): { problems: ContentProblem[]; warning?: string } {
  const age = numbersCheckedAge(partnership.numbersChecked, now);
  const where = { file: structure.file, line: structure.lineOf(['numbersChecked']), path: ['numbersChecked'], found: partnership.numbersChecked };
  if (age.status === 'future') return { problems: [createProblem(NumbersCheckedInFuture, { date: partnership.numbersChecked, today: age.today }, where)] };
  if (age.status === 'overdue') return { problems: [createProblem(NumbersCheckOverdue, { date: partnership.numbersChecked, months: age.months }, where)] };
  if (age.status === 'warn') {
    return {
      problems: [],
      warning:
        `${where.file}:${where.line} → numbersChecked: warning: numbers last checked ${partnership.numbersChecked}, ${age.months} months ago ` +
        `(over ${WARN_AFTER_MONTHS}); check them with the partnership before this build is used.`,
    };
  }
  return { problems: [] };
}
