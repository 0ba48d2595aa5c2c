/**
 * Every problem content validation can report, in the style of Astro's errors-data.ts.
 *
 * - `name` is permanent: tests, tools and people's notes refer to it. Never rename one;
 *   add a new entry instead.
 * - `title` says what went wrong in a few words.
 * - `message(args)` says what is wrong with this particular thing, naming the values involved.
 * - `hint` says how to fix it.
 * UK English throughout; no "oops", no blame.
 */

import { quoteList } from './message-format';

export interface ProblemData<Args> {
  readonly name: string;
  readonly title: string;
  readonly message: (args: Args) => string;
  readonly hint: string;
}

// ── Partnerships ──────────────────────────────────────────────────────────────

export const UnknownPartnership = {
  name: 'UnknownPartnership',
  title: 'The course is built for a partnership that has no settings.',
  message: ({ id, known }: { id: string; known: readonly string[] }) =>
    `no partnership "${id}" (expected one of: ${known.length ? known.join(', ') : 'none found'})`,
  hint: 'Set PARTNERSHIP to a folder under partnerships/, or add partnerships/<id>/partnership.yaml with your front-door numbers.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const MissingPartnershipLocale = {
  name: 'MissingPartnershipLocale',
  title: 'The partnership has no text in a language the course ships.',
  message: ({ locale }: { locale: string }) => `no texts for locale "${locale}", which the course ships`,
  hint: 'Add partnerships/<id>/locales/<locale>.yaml and list the locale in the partnership file.',
} as const satisfies ProblemData<{ locale: string }>;

export const LowContrastBrandColour = {
  name: 'LowContrastBrandColour',
  title: 'White text would be hard to read on the brand colour.',
  message: ({ colour, ratio }: { colour: string; ratio: string }) =>
    `white text on ${colour} has a contrast ratio of ${ratio}:1 (WCAG AA needs at least 4.5:1)`,
  hint: 'Choose a darker brand colour; the header and buttons put white text on it.',
} as const satisfies ProblemData<{ colour: string; ratio: string }>;

export const FrontDoorMismatch = {
  name: 'FrontDoorMismatch',
  title: 'A local partnership needs front-door numbers; the national build must have none.',
  message: ({ national }: { national: boolean }) =>
    national
      ? 'a national build (national: true) must not list a local front door: it is used all over the country'
      : 'required field "frontDoor" is missing (expected the children\'s services phone and outOfHoursPhone)',
  hint: 'Give a local partnership its frontDoor phone and outOfHoursPhone; leave frontDoor out only with national: true.',
} as const satisfies ProblemData<{ national: boolean }>;

export const MissingPartnershipFile = {
  name: 'MissingPartnershipFile',
  title: 'A file the partnership names is not in its folder.',
  message: ({ file }: { file: string }) => `"${file}" is not in the partnership folder`,
  hint: 'Put the file beside partnership.yaml (SVG or PNG for a logo), or correct its name.',
} as const satisfies ProblemData<{ file: string }>;

export const UnknownPartnershipCourse = {
  name: 'UnknownPartnershipCourse',
  title: 'The partnership names a course that does not exist.',
  message: ({ course, known }: { course: string; known: readonly string[] }) =>
    `no course "${course}" under modules/courses/ (expected one of: ${known.join(', ')})`,
  hint: 'Use the folder name of a course under modules/courses/; list it under courses as well when passMarks names it.',
} as const satisfies ProblemData<{ course: string; known: readonly string[] }>;

export const NumbersCheckOverdue = {
  name: 'NumbersCheckOverdue',
  title: "The partnership's numbers have not been checked for over a year.",
  message: ({ date, months }: { date: string; months: number }) =>
    `numbers last checked ${date}, ${months} months ago; a build needs them checked within 12 months`,
  hint: "Check every number and address against the partnership's own pages, then set numbersChecked to today's date.",
} as const satisfies ProblemData<{ date: string; months: number }>;

export const NumbersCheckedInFuture = {
  name: 'NumbersCheckedInFuture',
  title: "The date the partnership's numbers were checked is in the future.",
  message: ({ date, today }: { date: string; today: string }) => `numbersChecked is ${date}, after today (${today})`,
  hint: 'Set numbersChecked to the day the numbers were actually checked.',
} as const satisfies ProblemData<{ date: string; today: string }>;

// ── Files and YAML ────────────────────────────────────────────────────────────

export const YamlSyntax = {
  name: 'YamlSyntax',
  title: 'The file is not valid YAML.',
  message: ({ reason }: { reason: string }) => `YAML syntax error: ${reason}`,
  hint: 'Check indentation (spaces, not tabs), closing brackets and quotes around text containing ": " or "#".',
} as const satisfies ProblemData<{ reason: string }>;

export const DuplicateKey = {
  name: 'DuplicateKey',
  title: 'A key appears twice in the same mapping.',
  message: ({ key }: { key: string }) => `key "${key}" appears more than once in the same mapping; only one can count`,
  hint: 'Delete or rename one of the two entries.',
} as const satisfies ProblemData<{ key: string }>;

export const MissingFile = {
  name: 'MissingFile',
  title: 'A required file is missing.',
  message: ({ expectedFile }: { expectedFile: string }) => `${expectedFile} does not exist`,
  hint: 'The content root holds courses/<course-id>/course.yaml and <module-id>/module.yaml; check the path and the file names.',
} as const satisfies ProblemData<{ expectedFile: string }>;

export const UnexpectedFile = {
  name: 'UnexpectedFile',
  title: 'A file is in a place where the content loader does not look.',
  message: ({ allowed }: { allowed: string }) => `this file is not part of the content layout (allowed here: ${allowed})`,
  hint: 'Move or delete it; a misspelt name (module.yml, locales/EN.yaml) would otherwise be silently ignored.',
} as const satisfies ProblemData<{ allowed: string }>;

export const MissingLocaleFile = {
  name: 'MissingLocaleFile',
  title: 'A shipped locale has no locale file.',
  message: ({ locale, expectedFile }: { locale: string; expectedFile: string }) =>
    `the course ships locale "${locale}" but ${expectedFile} does not exist`,
  hint: 'Add the locale file with every text, or remove the locale from the course\'s `locales` list.',
} as const satisfies ProblemData<{ locale: string; expectedFile: string }>;

export const UnusedLocaleFile = {
  name: 'UnusedLocaleFile',
  title: 'A locale file belongs to no shipped locale.',
  message: ({ locale, shipped }: { locale: string; shipped: readonly string[] }) =>
    `locale "${locale}" is not shipped by any course that uses this (shipped: ${quoteList(shipped)})`,
  hint: 'Add the locale to the course\'s `locales` list, or delete the file.',
} as const satisfies ProblemData<{ locale: string; shipped: readonly string[] }>;

export const InvalidLocaleFile = {
  name: 'InvalidLocaleFile',
  title: 'A locale file is not a mapping of text keys.',
  message: ({ found }: { found: string }) => `a locale file must be a mapping of text keys, found ${found}`,
  hint: 'Write nested `key: text` pairs, e.g. `intro:\\n  title: Staying safe online`.',
} as const satisfies ProblemData<{ found: string }>;

// ── Schema (structure of course.yaml and module.yaml) ─────────────────────────

/** Keys in the same mapping that no variant allows (a `type` misspelt as `tpye` hides which variant was meant). */
interface MissingFieldArgs {
  field: string;
  expected: string;
  unknownKeys?: readonly string[];
  /** The unknown key that looks like a misspelling of the missing field. */
  misspelt?: string;
}

export const MissingField = {
  name: 'MissingField',
  title: 'A required field is missing.',
  message: ({ field, expected, unknownKeys = [], misspelt }: MissingFieldArgs) =>
    [
      `required field "${field}" is missing (expected ${expected})`,
      ...(unknownKeys.length > 0 ? [`unknown field${unknownKeys.length === 1 ? '' : 's'} ${quoteList(unknownKeys)} here`] : []),
      ...(misspelt !== undefined ? [`did you mean "${field}" instead of "${misspelt}"?`] : []),
    ].join('; '),
  hint: 'Add the field; see src/course/schema/ for what each field means.',
} as const satisfies ProblemData<MissingFieldArgs>;

export const WrongType = {
  name: 'WrongType',
  title: 'A field has the wrong type of value.',
  message: ({ expected, found }: { expected: string; found: string }) => `expected ${expected}, received ${found}`,
  hint: 'A list needs "- " items, a number must not be quoted, true/false must not be quoted.',
} as const satisfies ProblemData<{ expected: string; found: string }>;

export const UnknownKey = {
  name: 'UnknownKey',
  title: 'A field is not part of the schema.',
  message: ({ key, allowed }: { key: string; allowed: readonly string[] }) =>
    `unknown field "${key}" (expected one of: ${allowed.join(', ')})`,
  hint: 'Check the spelling; structure files hold no text, so text belongs in a locale file.',
} as const satisfies ProblemData<{ key: string; allowed: readonly string[] }>;

export const UnknownType = {
  name: 'UnknownType',
  title: 'A `type` names no known kind of thing.',
  message: ({ options, found }: { options: readonly string[]; found: string }) =>
    `expected one of ${options.map((o) => `'${o}'`).join(' | ')}, received ${found}`,
  hint: 'Use one of the listed types; each has its own fields (see src/course/schema/).',
} as const satisfies ProblemData<{ options: readonly string[]; found: string }>;

export const InvalidValue = {
  name: 'InvalidValue',
  title: 'A field has a value outside its allowed set.',
  message: ({ options, found }: { options: readonly string[]; found: string }) =>
    `expected one of ${options.map((o) => `'${o}'`).join(' | ')}, received ${found}`,
  hint: 'Use one of the listed values exactly as written.',
} as const satisfies ProblemData<{ options: readonly string[]; found: string }>;

export const BadIdFormat = {
  name: 'BadIdFormat',
  title: 'An id does not follow the id format.',
  message: ({ found, reason }: { found: string; reason: string }) => `id ${found} ${reason}`,
  hint: 'Ids key saved progress and LMS records: use lower-case letters, digits and single hyphens, e.g. "grooming-signs".',
} as const satisfies ProblemData<{ found: string; reason: string }>;

export const InvalidFormat = {
  name: 'InvalidFormat',
  title: 'A value does not have the required format.',
  message: ({ found, reason }: { found: string; reason: string }) => `${found} ${reason}`,
  hint: 'See the field\'s description in src/course/schema/.',
} as const satisfies ProblemData<{ found: string; reason: string }>;

export const TooSmall = {
  name: 'TooSmall',
  title: 'A value or list is too small.',
  message: ({ expected, found }: { expected: string; found: string }) => `expected ${expected}, found ${found}`,
  hint: 'Add items or raise the value.',
} as const satisfies ProblemData<{ expected: string; found: string }>;

export const TooBig = {
  name: 'TooBig',
  title: 'A value or list is too big.',
  message: ({ expected, found }: { expected: string; found: string }) => `expected ${expected}, found ${found}`,
  hint: 'Remove items or lower the value.',
} as const satisfies ProblemData<{ expected: string; found: string }>;

export const SchemaViolation = {
  name: 'SchemaViolation',
  title: 'A value breaks a schema rule.',
  message: ({ reason }: { reason: string }) => reason,
  hint: 'See the field\'s description in src/course/schema/.',
} as const satisfies ProblemData<{ reason: string }>;

// ── Integrity ─────────────────────────────────────────────────────────────────

export const DuplicateId = {
  name: 'DuplicateId',
  title: 'Two things in the same scope share an id.',
  message: ({ kind, id, scope, firstLine }: { kind: string; id: string; scope: string; firstLine: number }) =>
    `duplicate ${kind} id "${id}" in ${scope} (first used on line ${firstLine})`,
  hint: 'Ids must be unique in their scope: they key text, saved progress and LMS records. Rename one.',
} as const satisfies ProblemData<{ kind: string; id: string; scope: string; firstLine: number }>;

export const DuplicateModuleId = {
  name: 'DuplicateModuleId',
  title: 'Two modules share an id.',
  message: ({ id, otherFile }: { id: string; otherFile: string }) => `module id "${id}" is also used by ${otherFile}`,
  hint: 'Module ids are unique across the whole content tree; rename one module (and its folder).',
} as const satisfies ProblemData<{ id: string; otherFile: string }>;

export const DuplicateCourseId = {
  name: 'DuplicateCourseId',
  title: 'Two courses share an id.',
  message: ({ id, otherFile }: { id: string; otherFile: string }) => `course id "${id}" is also used by ${otherFile}`,
  hint: 'Course ids are unique across the whole content tree; rename one course (and its folder).',
} as const satisfies ProblemData<{ id: string; otherFile: string }>;

export const FolderMismatch = {
  name: 'FolderMismatch',
  title: 'A folder name differs from the id inside it.',
  message: ({ kind, id, folder }: { kind: string; id: string; folder: string }) =>
    `${kind} id "${id}" does not match its folder name "${folder}"`,
  hint: 'Rename the folder or the id so they are the same; tools find content by folder name.',
} as const satisfies ProblemData<{ kind: string; id: string; folder: string }>;

export const UnknownModule = {
  name: 'UnknownModule',
  title: 'A reference names a module that does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown module "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Check the spelling, or create modules/<id>/module.yaml.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const UnknownScenario = {
  name: 'UnknownScenario',
  title: 'A scenario step names a scenario that does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown scenario "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Use the id of an entry in this module\'s `scenarios`.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const UnusedScenario = {
  name: 'UnusedScenario',
  title: 'A scenario is never shown.',
  message: ({ id }: { id: string }) => `scenario "${id}" is not used by any step`,
  hint: 'Add a step `{ type: scenario, scenario: <id> }`, or delete the scenario and its texts.',
} as const satisfies ProblemData<{ id: string }>;

export const UnknownQuestion = {
  name: 'UnknownQuestion',
  title: 'A knowledge check names a question that does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown question "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Use the id of an entry in this module\'s `questions`.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const UnknownSource = {
  name: 'UnknownSource',
  title: 'A lesson, block or question cites a source that does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown source "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Add the source to this module\'s `sources` (and its text to every locale file), or fix the id.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const SourceCitationDiffers = {
  name: 'SourceCitationDiffers',
  title: 'Two modules cite the same source id with different words.',
  message: ({ id, firstFile, firstLine }: { id: string; firstFile: string; firstLine: number }) =>
    `source "${id}" is cited differently from ${firstFile}:${firstLine}; the course's References list each source once, by id`,
  hint: 'Copy the citation from the first module so both read the same, or give a different source its own id.',
} as const satisfies ProblemData<{ id: string; firstFile: string; firstLine: number }>;

export const UnknownNode = {
  name: 'UnknownNode',
  title: 'A scenario refers to a node that does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown node "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Use the id of a node in the same scenario, or leave out `next` to end the scenario after this choice.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const UnknownCharacter = {
  name: 'UnknownCharacter',
  title: 'A scenario scene names a character the scenario does not declare.',
  message: ({ id, known, allowYou }: { id: string; known: readonly string[]; allowYou: boolean }) =>
    `unknown character "${id}" (expected one of: ${quoteList(allowYou ? [...known, 'you'] : known)})`,
  hint: 'Declare the character in the scenario\'s `characters` (id and role, name in the locale file), or use `you` for the learner\'s own messages.',
} as const satisfies ProblemData<{ id: string; known: readonly string[]; allowYou: boolean }>;

export const UnknownMatchTarget = {
  name: 'UnknownMatchTarget',
  title: 'A matching prompt matches a target that does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown target "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Each prompt\'s `match` must be one of the question\'s `targets`.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const UnreachableNode = {
  name: 'UnreachableNode',
  title: 'A scenario node can never be reached.',
  message: ({ id, start }: { id: string; start: string }) => `node "${id}" cannot be reached from the start node "${start}"`,
  hint: 'Point a choice\'s `next` at it, or delete it and its texts.',
} as const satisfies ProblemData<{ id: string; start: string }>;

export const ScenarioCycle = {
  name: 'ScenarioCycle',
  title: 'A scenario loops back on itself.',
  message: ({ cycle }: { cycle: readonly string[] }) => `choices lead round in a loop: ${cycle.join(' → ')}`,
  hint: 'Scenarios must only move forward (each path visits a node at most once); point the looping choice at a later node or end it.',
} as const satisfies ProblemData<{ cycle: readonly string[] }>;

export const DeadEndNode = {
  name: 'DeadEndNode',
  title: 'A scenario node can never reach an ending.',
  message: ({ id, cycle }: { id: string; cycle: readonly string[] }) =>
    `no path from node "${id}" reaches an ending: every choice leads round ${cycle.join(' → ')}`,
  hint: 'Give one of these nodes a choice without `next` (it ends the scenario), or a node with no choices.',
} as const satisfies ProblemData<{ id: string; cycle: readonly string[] }>;

export const NoFullMarksPath = {
  name: 'NoFullMarksPath',
  title: 'No path through a scenario scores full marks.',
  message: ({ id }: { id: string }) => `scenario "${id}" has no path from start to an ending on which every choice scores 2`,
  hint: 'Each node on at least one path needs a choice with `score: 2` (what we would want a learner to do).',
} as const satisfies ProblemData<{ id: string }>;

export const NoCorrectOption = {
  name: 'NoCorrectOption',
  title: 'A question has no correct option.',
  message: ({ id }: { id: string }) => `question "${id}" has no option marked \`correct: true\``,
  hint: 'Mark the right option(s) with `correct: true`.',
} as const satisfies ProblemData<{ id: string }>;

export const TooManyCorrectOptions = {
  name: 'TooManyCorrectOptions',
  title: 'A single-choice question has more than one correct option.',
  message: ({ id, correct }: { id: string; correct: readonly string[] }) =>
    `single-choice question "${id}" has ${correct.length} correct options (${quoteList(correct)}); it needs exactly one`,
  hint: 'Keep one `correct: true`, or make it a multiple-choice question.',
} as const satisfies ProblemData<{ id: string; correct: readonly string[] }>;

export const NoIncorrectOption = {
  name: 'NoIncorrectOption',
  title: 'A multiple-choice question has no wrong option.',
  message: ({ id }: { id: string }) => `multiple-choice question "${id}" marks every option correct, so ticking all of them always wins`,
  hint: 'Add at least one option that is not correct.',
} as const satisfies ProblemData<{ id: string }>;

export const QuestionCountTooLarge = {
  name: 'QuestionCountTooLarge',
  title: 'The final assessment asks for more questions than its banks hold.',
  message: ({ count, available, modules }: { count: number; available: number; modules: readonly string[] }) =>
    `questionCount is ${count} but the question banks of ${quoteList(modules)} hold only ${available}`,
  hint: 'Lower `questionCount` or add questions to the modules\' banks.',
} as const satisfies ProblemData<{ count: number; available: number; modules: readonly string[] }>;

export const ModuleBankTooSmall = {
  name: 'ModuleBankTooSmall',
  title: 'A module feeding the final assessment has fewer questions than the course asks of each module.',
  message: ({ module, count, min }: { module: string; count: number; min: number }) =>
    `module "${module}" has ${count} question${count === 1 ? '' : 's'} in its bank but finalAssessment.minPerModule is ${min}`,
  hint: 'Add questions to the module\'s bank, or lower `minPerModule` while the module is being written.',
} as const satisfies ProblemData<{ module: string; count: number; min: number }>;

export const OrphanModule = {
  name: 'OrphanModule',
  title: 'A module is not used by any course.',
  message: ({ id }: { id: string }) => `module "${id}" is not listed in any course's \`modules\``,
  hint: 'Add it to a course (modules/courses/<course>/course.yaml) or delete the module folder.',
} as const satisfies ProblemData<{ id: string }>;

export const MissingMedia = {
  name: 'MissingMedia',
  title: 'A referenced media file does not exist.',
  message: ({ expectedFile }: { expectedFile: string }) => `image file ${expectedFile} does not exist`,
  hint: 'Add the file to the module\'s media/ folder or fix the name (names are case-sensitive).',
} as const satisfies ProblemData<{ expectedFile: string }>;

export const UnusedMedia = {
  name: 'UnusedMedia',
  title: 'A media file is not used.',
  message: ({ media }: { media: string }) => `${media} is not used by any step, so it would ship for nothing`,
  hint: 'Reference it from a lesson step\'s `image.src` or an image block\'s `src`, or delete it.',
} as const satisfies ProblemData<{ media: string }>;

// ── Lesson blocks ─────────────────────────────────────────────────────────────

export const SignsWithoutContrast = {
  name: 'SignsWithoutContrast',
  title: 'A spot-the-signs block needs both warning signs and items that are not.',
  message: ({ id, missing }: { id: string; missing: 'sign' | 'non-sign' }) =>
    missing === 'sign'
      ? `spot-the-signs block "${id}" has no item marked \`sign: true\`, so there is nothing to spot`
      : `spot-the-signs block "${id}" marks every item \`sign: true\`, so ticking all of them always wins`,
  hint: 'Give the block at least one item with `sign: true` and at least one with `sign: false`.',
} as const satisfies ProblemData<{ id: string; missing: 'sign' | 'non-sign' }>;

export const UnknownSortGroup = {
  name: 'UnknownSortGroup',
  title: 'A sort-into-groups item belongs to a group that does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown group "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Each item\'s `group` must be one of the block\'s `groups`.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

export const EmptySortGroup = {
  name: 'EmptySortGroup',
  title: 'A sort-into-groups group has no items.',
  message: ({ id, block }: { id: string; block: string }) => `group "${id}" of sort-into-groups block "${block}" has no item that belongs in it`,
  hint: 'Give the group at least one item (`group: <id>`), or remove the group and its text.',
} as const satisfies ProblemData<{ id: string; block: string }>;

export const BodyWithBlocks = {
  name: 'BodyWithBlocks',
  title: 'A lesson has both a body and blocks.',
  message: ({ key, step }: { key: string; step: string }) =>
    `text "${key}" would not be shown: lesson "${step}" is built from \`blocks\`, so it has no single body`,
  hint: 'Move the text into a `text` block (`steps.<step>.blocks.<block>.body`), or remove `blocks` to keep a single body.',
} as const satisfies ProblemData<{ key: string; step: string }>;

export const UnknownCourse = {
  name: 'UnknownCourse',
  title: 'The requested course does not exist.',
  message: ({ id, known }: { id: string; known: readonly string[] }) => `unknown course "${id}" (expected one of: ${quoteList(known)})`,
  hint: 'Set COURSE to the name of a folder under modules/courses/.',
} as const satisfies ProblemData<{ id: string; known: readonly string[] }>;

// ── Texts (locale files) ──────────────────────────────────────────────────────

export const MissingTranslation = {
  name: 'MissingTranslation',
  title: 'A text is missing from a locale file.',
  message: ({ key, localeFile }: { key: string; localeFile: string }) => `text "${key}" is missing from ${localeFile}`,
  hint: 'Add the key (nested, e.g. `steps:\\n  intro:\\n    title: …`) with a non-empty text to that locale file.',
} as const satisfies ProblemData<{ key: string; localeFile: string }>;

export const EmptyTranslation = {
  name: 'EmptyTranslation',
  title: 'A text is empty.',
  message: ({ key }: { key: string }) => `text "${key}" is empty`,
  hint: 'Write the text; an empty string would show a blank screen element.',
} as const satisfies ProblemData<{ key: string }>;

export const TranslationNotText = {
  name: 'TranslationNotText',
  title: 'A text is not a string.',
  message: ({ key, found }: { key: string; found: string }) => `text "${key}" must be a string, received ${found}`,
  hint: 'Quote values YAML reads as numbers, booleans or dates, e.g. `"999"`; use `|` for multi-line markdown.',
} as const satisfies ProblemData<{ key: string; found: string }>;

export const UnusedTranslation = {
  name: 'UnusedTranslation',
  title: 'A text is not used by anything.',
  message: ({ key, structureFile }: { key: string; structureFile: string }) =>
    `text "${key}" is not needed by anything in ${structureFile}`,
  hint: 'Stale text is a bug waiting to happen: delete it, or fix the key if an id was renamed.',
} as const satisfies ProblemData<{ key: string; structureFile: string }>;

export const RawHtmlInMarkdown = {
  name: 'RawHtmlInMarkdown',
  title: 'A markdown text contains raw HTML.',
  message: ({ key, html }: { key: string; html: string }) => `text "${key}" contains raw HTML ${html}; it would not be shown`,
  hint: 'Use markdown instead (**bold**, _italic_, [link](https://…), lists); the player never renders HTML.',
} as const satisfies ProblemData<{ key: string; html: string }>;

export const LessonScreenTooLong = {
  name: 'LessonScreenTooLong',
  title: 'A lesson screen has more words than its course allows.',
  message: ({ key, words, limit, audience }: { key: string; words: number; limit: number; audience: string }) =>
    `lesson screen "${key}" has ${words} words; the ${audience} course allows at most ${limit} on one screen`,
  hint: 'Split the lesson into two steps at a natural break (add a step id in module.yaml and move the text under its key), or cut words.',
} as const satisfies ProblemData<{ key: string; words: number; limit: number; audience: string }>;

export const RepeatedInstruction = {
  name: 'RepeatedInstruction',
  title: 'A text repeats an instruction the player already gives.',
  message: ({ key, words, player }: { key: string; words: string; player: string }) =>
    `"${key}" says "${words}", but the player already shows "${player}" here, so learners would read it twice`,
  hint: 'Delete those words from the text: the player adds the instruction itself.',
} as const satisfies ProblemData<{ key: string; words: string; player: string }>;

/** Every entry, for listing and for tests that check the catalogue's own consistency. */
export const problemCatalogue = {
  YamlSyntax,
  DuplicateKey,
  MissingFile,
  UnexpectedFile,
  MissingLocaleFile,
  UnusedLocaleFile,
  InvalidLocaleFile,
  MissingField,
  WrongType,
  UnknownKey,
  UnknownType,
  InvalidValue,
  BadIdFormat,
  InvalidFormat,
  TooSmall,
  TooBig,
  SchemaViolation,
  DuplicateId,
  DuplicateModuleId,
  DuplicateCourseId,
  FolderMismatch,
  UnknownModule,
  UnknownScenario,
  UnusedScenario,
  UnknownQuestion,
  UnknownSource,
  SourceCitationDiffers,
  UnknownNode,
  UnknownCharacter,
  UnknownMatchTarget,
  UnreachableNode,
  ScenarioCycle,
  DeadEndNode,
  NoFullMarksPath,
  NoCorrectOption,
  TooManyCorrectOptions,
  NoIncorrectOption,
  QuestionCountTooLarge,
  ModuleBankTooSmall,
  OrphanModule,
  MissingMedia,
  UnusedMedia,
  SignsWithoutContrast,
  UnknownSortGroup,
  EmptySortGroup,
  BodyWithBlocks,
  UnknownCourse,
  MissingTranslation,
  EmptyTranslation,
  TranslationNotText,
  UnusedTranslation,
  RawHtmlInMarkdown,
  LessonScreenTooLong,
  RepeatedInstruction,
  UnknownPartnership,
  MissingPartnershipLocale,
  LowContrastBrandColour,
  FrontDoorMismatch,
  MissingPartnershipFile,
  UnknownPartnershipCourse,
  NumbersCheckOverdue,
  NumbersCheckedInFuture,
} as const;

export type ProblemCode = (typeof problemCatalogue)[keyof typeof problemCatalogue]['name'];
