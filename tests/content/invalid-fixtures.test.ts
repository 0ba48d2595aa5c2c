import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../src/course/content/problem-catalogue';
import { loadContent } from '../../scorm/content/load-content';
import { main } from '../../scorm/validate-cli';
import { FIXTURES, invalidFixtureRoot, lineOf } from './fixture-helpers';

/**
 * One fixture per kind of mistake (tests/content/fixtures/invalid/<case>/, made by
 * make-fixtures.ts from fixtures/valid/). Each must yield exactly one problem, at
 * the right file, line and field, and make the CLI fail naming them.
 */
interface Expected {
  code: ProblemCode;
  /** Relative to the case's root. */
  file: string;
  /** The line number, or the exact (trimmed) text of the line. */
  line: number | string;
  field: string;
  /** Further text the message must contain (the offending value, another file…). */
  mentions?: string[];
}

const M = 'alpha/module.yaml';
const cases: Record<string, Expected> = {
  'yaml-syntax': { code: 'YamlSyntax', file: M, line: 'type: scenario', field: '', mentions: ['YAML syntax error'] },
  // Noticed by the parser a line later (the bracket) or at the end of the file (the quote): reported where opened.
  'yaml-unclosed-bracket': { code: 'YamlSyntax', file: M, line: 'questions: [q-single, q-multi', field: '', mentions: ['end with a ]'] },
  'yaml-unclosed-quote': { code: 'YamlSyntax', file: M, line: 'perspective: "adult', field: '', mentions: ['Missing closing "quote'] },
  'misspelt-key': { code: 'MissingField', file: M, line: 'tpye: scenario', field: 'type', mentions: ['required field "type" is missing', 'unknown field "tpye" here', 'did you mean "type" instead of "tpye"?'] },
  'duplicate-yaml-key': { code: 'DuplicateKey', file: M, line: 16, field: 'scenario', mentions: ['"scenario"'] },
  'unknown-step-type': { code: 'UnknownType', file: M, line: 'type: quiz', field: 'type', mentions: ["expected one of 'lesson' | 'scenario' | 'knowledge-check', received \"quiz\""] },
  'missing-field': { code: 'MissingField', file: M, line: '- id: chat', field: 'perspective', mentions: ["'adult' | 'young-person'"] },
  'wrong-type': { code: 'WrongType', file: M, line: '- { id: good, next: second, score: high }', field: 'score', mentions: ['expected a number, received "high"'] },
  'unknown-key': { code: 'UnknownKey', file: M, line: 'title: A chat', field: 'title', mentions: ['expected one of: id, type, scenario'] },
  'bad-id-format': { code: 'BadIdFormat', file: M, line: '- Spot_Risk', field: 'objectives', mentions: ['"Spot_Risk"'] },
  'duplicate-id': { code: 'DuplicateId', file: M, line: 5, field: 'objectives', mentions: ['"spot-risk"', 'line 4'] },
  'unknown-next-node': { code: 'UnknownNode', file: M, line: '- { id: recover, next: secnd, score: 2 }', field: 'next', mentions: ['"secnd"', '"first", "third", "second"'] },
  'unreachable-node': { code: 'UnreachableNode', file: M, line: '- id: third', field: 'id', mentions: ['"third"'] },
  'scenario-cycle': { code: 'ScenarioCycle', file: M, line: '- { id: end-bad, next: first, score: 0 }', field: 'next', mentions: ['first → second → first'] },
  'dead-end-node': { code: 'DeadEndNode', file: M, line: '- id: third', field: 'id', mentions: ['third → third'] },
  'no-full-marks-path': { code: 'NoFullMarksPath', file: M, line: '- id: chat', field: 'id', mentions: ['"chat"'] },
  'no-correct-option': { code: 'NoCorrectOption', file: M, line: 38, field: 'options', mentions: ['"q-single"'] },
  'two-correct-single-choice': { code: 'TooManyCorrectOptions', file: M, line: '- { id: wrong, correct: true }', field: 'correct', mentions: ['"right", "wrong"'] },
  'no-incorrect-option': { code: 'NoIncorrectOption', file: M, line: 43, field: 'options', mentions: ['"q-multi"'] },
  'unknown-match-target': { code: 'UnknownMatchTarget', file: M, line: '- { id: bullying, match: plaform }', field: 'match', mentions: ['"plaform"'] },
  'unknown-question': { code: 'UnknownQuestion', file: M, line: 'questions: [q-single, q-mutli]', field: 'questions', mentions: ['"q-mutli"'] },
  'unknown-scenario': { code: 'UnknownScenario', file: M, line: 'scenario: chats', field: 'scenario', mentions: ['"chats"'] },
  'unknown-source': { code: 'UnknownSource', file: M, line: 'cites: [source-two]', field: 'cites', mentions: ['"source-two"'] },
  'missing-translation': {
    code: 'MissingTranslation',
    file: M,
    line: '- id: check',
    field: 'steps.check.title',
    mentions: ['alpha/locales/en-GB.yaml', '"steps.check.title"'],
  },
  'empty-translation': { code: 'EmptyTranslation', file: 'alpha/locales/cy.yaml', line: "bullying: ''", field: 'questions.q-match.prompts.bullying' },
  'translation-not-text': { code: 'TranslationNotText', file: 'alpha/locales/en-GB.yaml', line: 'source-one: 2025', field: 'sources.source-one', mentions: ['number 2025'] },
  'unused-translation': { code: 'UnusedTranslation', file: 'alpha/locales/en-GB.yaml', line: 'body: Nothing uses this.', field: 'steps.check.body' },
  'raw-html-in-markdown': { code: 'RawHtmlInMarkdown', file: 'alpha/locales/en-GB.yaml', line: 'body: What this module is <b>really</b> about.', field: 'intro.body', mentions: ['<b>'] },
  'lesson-screen-too-long': { code: 'LessonScreenTooLong', file: 'alpha/locales/en-GB.yaml', line: 'welcome:', field: 'steps.welcome', mentions: ['201 words', "practitioners' course allows at most 200"] },
  'course-bad-review-date': { code: 'InvalidFormat', file: 'courses/test-course/course.yaml', line: 'lastReviewed: 2026-02-30', field: 'lastReviewed', mentions: ['"2026-02-30"', 'YYYY-MM-DD'] },
  'source-citation-differs': { code: 'SourceCitationDiffers', file: 'beta/locales/en-GB.yaml', line: 'source-one: A source (2025).', field: 'sources.source-one', mentions: ['"source-one"', 'alpha/locales/en-GB.yaml:9'] },
  'missing-locale-file': { code: 'MissingLocaleFile', file: 'courses/test-course/course.yaml', line: 'locales: [en-GB, cy]', field: 'locales', mentions: ['alpha/locales/en-GB.yaml'] },
  'missing-media': { code: 'MissingMedia', file: M, line: 'src: media/diagram.svg', field: 'src', mentions: ['alpha/media/diagram.svg'] },
  'unused-media': { code: 'UnusedMedia', file: 'alpha/media/spare.svg', line: 1, field: 'media/spare.svg' },
  'unexpected-file': { code: 'UnexpectedFile', file: 'alpha/locales/fr.yml', line: 1, field: 'fr.yml' },
  'unknown-module-in-course': { code: 'UnknownModule', file: 'courses/test-course/course.yaml', line: '- id: alpah', field: 'id', mentions: ['"alpah"', '"alpha"'] },
  'question-count-too-large': { code: 'QuestionCountTooLarge', file: 'courses/test-course/course.yaml', line: 'questionCount: 6', field: 'questionCount', mentions: ['only 5'] },
  'module-bank-too-small': { code: 'ModuleBankTooSmall', file: 'courses/test-course/course.yaml', line: 'minPerModule: 6', field: 'minPerModule', mentions: ['"alpha" has 5 questions', 'minPerModule is 6'] },
  'orphan-module': { code: 'OrphanModule', file: 'beta/module.yaml', line: 'id: beta', field: 'id', mentions: ['"beta"'] },
  'folder-mismatch': { code: 'FolderMismatch', file: M, line: 'id: alpha-module', field: 'id', mentions: ['"alpha-module"', '"alpha"'] },
  // Lesson blocks: one mistake in a lesson that has one block of every type.
  'block-unknown-type': { code: 'UnknownType', file: M, line: '- { id: opening, type: paragraph }', field: 'type', mentions: ["'spot-the-signs' | 'sort-into-groups' | 'quote', received \"paragraph\""] },
  'block-duplicate-id': { code: 'DuplicateId', file: M, line: '- { id: opening, type: callout, kind: remember }', field: 'id', mentions: ['block id "opening"', 'lesson "in-pieces"'] },
  'block-body-with-blocks': { code: 'BodyWithBlocks', file: 'alpha/locales/en-GB.yaml', line: 'body: The old single body.', field: 'steps.in-pieces.body', mentions: ['built from `blocks`'] },
  'block-text-missing-body': { code: 'MissingTranslation', file: M, line: '- { id: opening, type: text }', field: 'steps.in-pieces.blocks.opening.body', mentions: ['alpha/locales/en-GB.yaml'] },
  'block-callout-unknown-kind': { code: 'InvalidValue', file: M, line: '- { id: note, type: callout, kind: tip }', field: 'kind', mentions: ["'key-fact' | 'remember' | 'warning'", '"tip"'] },
  'block-image-missing-alt': { code: 'MissingTranslation', file: M, line: '- { id: picture, type: image, src: media/diagram.svg, caption: true }', field: 'steps.in-pieces.blocks.picture.alt', mentions: ['alpha/locales/en-GB.yaml'] },
  'block-image-missing-file': { code: 'MissingMedia', file: M, line: '- { id: picture, type: image, src: media/stages.svg, caption: true }', field: 'src', mentions: ['alpha/media/stages.svg'] },
  'block-reveal-cards-duplicate-card': { code: 'DuplicateId', file: M, line: '- { id: myths, type: reveal-cards, cards: [only-strangers, boys-safe, only-strangers] }', field: 'cards', mentions: ['card id "only-strangers"', 'reveal-cards block "myths"'] },
  'block-accordion-no-items': { code: 'TooSmall', file: M, line: '- { id: more, type: accordion, items: [] }', field: 'items', mentions: ['at least 1 item'] },
  'block-spot-the-signs-all-signs': { code: 'SignsWithoutContrast', file: M, line: 23, field: 'items', mentions: ['"signs"', 'always wins'] },
  'block-sort-unknown-group': { code: 'UnknownSortGroup', file: M, line: '- { id: loot-box, group: comerce }', field: 'group', mentions: ['"comerce"', '"contact", "commerce"'] },
  'block-sort-empty-group': { code: 'EmptySortGroup', file: M, line: 'groups: [contact, commerce, content]', field: 'groups', mentions: ['"content"', '"which-c"'] },
  'block-quote-unknown-source': { code: 'UnknownSource', file: M, line: '- { id: words, type: quote, cites: source-two }', field: 'cites', mentions: ['"source-two"'] },
  // Scenario scenes: one mistake in a scenario with characters, a message thread and a reply.
  'scene-unknown-sender': { code: 'UnknownCharacter', file: M, line: "- { id: m1, from: strnger, time: '21:14' }", field: 'from', mentions: ['"strnger"', '"sam", "stranger", "you"'] },
  'scene-unknown-present': { code: 'UnknownCharacter', file: M, line: 'present: [sam, mia]', field: 'present', mentions: ['"mia"', '"sam", "stranger")'] },
  'scene-duplicate-character': { code: 'DuplicateId', file: M, line: '- { id: sam, role: friend }', field: 'id', mentions: ['character id "sam"', 'scenario "chat"'] },
  'scene-duplicate-message': { code: 'DuplicateId', file: M, line: '- { id: m1, from: sam }', field: 'id', mentions: ['message id "m1"', 'node "first"'] },
  'scene-character-named-you': { code: 'SchemaViolation', file: M, line: '- { id: you, role: other }', field: 'id', mentions: ['reserved for the learner'] },
  'scene-unknown-role': { code: 'InvalidValue', file: M, line: '- { id: stranger, role: groomer }', field: 'role', mentions: ["'online-contact'", '"groomer"'] },
  'scene-bad-message-time': { code: 'InvalidFormat', file: M, line: "- { id: m2, from: you, time: '9pm' }", field: 'time', mentions: ['"9pm"', '24-hour'] },
  'scene-missing-message-text': { code: 'MissingTranslation', file: M, line: "- { id: m2, from: you, time: '21:15' }", field: 'scenarios.chat.nodes.first.messages.m2', mentions: ['alpha/locales/en-GB.yaml'] },
  'scene-missing-character-name': { code: 'MissingTranslation', file: M, line: '- { id: stranger, role: online-contact }', field: 'scenarios.chat.characters.stranger.name', mentions: ['alpha/locales/en-GB.yaml'] },
  'cover-unknown-motif': { code: 'InvalidValue', file: M, line: 'cover: { motif: rocket }', field: 'motif', mentions: ["'phone'", '"rocket"'] },
};

describe('invalid content fixtures', () => {
  it('has an expectation for every fixture folder, so no fixture goes untested', () => {
    expect(readdirSync(`${FIXTURES}/invalid`).sort()).toEqual(Object.keys(cases).sort());
  });

  describe.each(Object.entries(cases))('%s', (name, expected) => {
    const root = invalidFixtureRoot(name);
    const file = `${root}/${expected.file}`;
    const line = typeof expected.line === 'number' ? expected.line : lineOf(file, expected.line);

    it(`reports exactly one ${expected.code} at ${expected.file}:${String(expected.line)}`, () => {
      const { problems } = loadContent(root);
      expect(problems.map((p) => p.message)).toHaveLength(1);
      const [problem] = problems;
      expect(problem).toMatchObject({ code: expected.code, file, line, field: expected.field });
      expect(problem?.message.startsWith(`${file}:${line} → `)).toBe(true);
      if (expected.field !== '') expect(problem?.message).toContain(expected.field);
      for (const text of expected.mentions ?? []) expect(problem?.message).toContain(text);
      expect(problem?.hint).not.toBe('');
    });

    it('makes the CLI exit non-zero, naming the file, line and field', () => {
      const out: string[] = [];
      const err: string[] = [];
      const exitCode = main([root], { out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(exitCode).toBe(1);
      expect(out).toEqual([]);
      const printed = err.join('\n');
      expect(printed).toContain(`${file}:${line} → `);
      expect(printed).toContain(expected.field);
      expect(printed).toContain('Content is not valid: 1 problem.');
    });
  });
});
