/**
 * Regenerates tests/content/fixtures/invalid/<case>/, several-mistakes/ and two-courses/
 * from fixtures/valid/: each invalid case is the valid tree with exactly one mistake,
 * written out in full so a reader (and the CLI) sees a real content tree.
 *
 *   npx tsx tests/content/make-fixtures.ts            # all
 *   npx tsx tests/content/make-fixtures.ts wrong-type # one case
 *
 * The tests check that each case yields exactly one problem, so a change to the valid
 * tree that breaks a case shows up there; rerun this after editing fixtures/valid/.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const valid = path.join(fixtures, 'valid');
const MODULE = 'alpha/module.yaml';
const COURSE = 'courses/test-course/course.yaml';
const EN = 'alpha/locales/en-GB.yaml';
const CY = 'alpha/locales/cy.yaml';
const COURSE_CY = 'courses/test-course/locales/cy.yaml';

type Edit =
  | { replace: string; old: string; new: string }
  | { remove: string }
  | { write: string; text: string }
  | { copy: string; to: string };

const replace = (file: string, old: string, replacement: string): Edit => ({ replace: file, old, new: replacement });
const readValid = (file: string): string => readFileSync(path.join(valid, file), 'utf8');
const betaModule: Edit[] = [
  { copy: 'alpha', to: 'beta' },
  { write: 'beta/module.yaml', text: readValid(MODULE).replace('id: alpha', 'id: beta') },
];

/**
 * The valid tree plus a lesson built from one block of every type (docs/content-format.md),
 * so each block fixture below is one mistake in otherwise valid blocks.
 */
const blocksLesson: Edit[] = [
  replace(
    MODULE,
    '  - id: chat-step\n',
    `  - id: in-pieces
    type: lesson
    blocks:
      - { id: opening, type: text }
      - { id: note, type: callout, kind: remember }
      - { id: picture, type: image, src: media/diagram.svg, caption: true }
      - { id: myths, type: reveal-cards, cards: [only-strangers, boys-safe] }
      - { id: more, type: accordion, items: [gifts, secrecy] }
      - id: signs
        type: spot-the-signs
        items:
          - { id: new-friend, sign: true }
          - { id: homework, sign: false }
      - id: which-c
        type: sort-into-groups
        groups: [contact, commerce]
        items:
          - { id: loot-box, group: commerce }
          - { id: stranger, group: contact }
      - { id: words, type: quote, cites: source-one }
  - id: chat-step
`,
  ),
  ...[EN, CY].map((file) =>
    replace(
      file,
      'steps:\n',
      `steps:
  in-pieces:
    title: In pieces
    blocks:
      opening: { body: Some **prose**. }
      note: { body: Remember this. }
      picture: { alt: A square, caption: A caption }
      myths:
        cards:
          only-strangers: { prompt: Only strangers groom, answer: Most abusers are known to the child. }
          boys-safe: { prompt: Boys are safe, answer: Boys are targeted too. }
      more:
        items:
          gifts: { summary: Gifts, body: Gifts build a debt. }
          secrecy: { summary: Secrecy, body: Secrets isolate. }
      signs:
        prompt: Which are warning signs?
        items:
          new-friend: { label: A new older friend, explanation: A common first step. }
          homework: { label: A homework app, explanation: Ordinary use. }
      which-c:
        prompt: Which C is each?
        groups: { contact: Contact, commerce: Commerce }
        items:
          loot-box: { label: A loot box, explanation: Money. }
          stranger: { label: A stranger asks for a photo, explanation: Someone reaching the child. }
      words: { text: I didn't know who to tell., attribution: 'Girl, 14' }
`,
    ),
  ),
];
const blockMistake = (edit: Edit): Edit[] => [...blocksLesson, edit];

/**
 * The valid tree with its scenario told as a scene (docs/content-format.md, "Scenario scenes"):
 * characters, who is present, a message thread and a reply, so each scene fixture is one mistake.
 */
const sceneScenario: Edit[] = [
  replace(
    MODULE,
    '    start: first\n    nodes:\n      - id: first\n        choices:\n          - { id: good, next: second, score: 2 }\n',
    `    start: first
    characters:
      - { id: sam, role: young-person }
      - { id: stranger, role: online-contact }
    nodes:
      - id: first
        present: [sam]
        messages:
          - { id: m1, from: stranger, time: '21:14' }
          - { id: m2, from: you, time: '21:15' }
        choices:
          - { id: good, next: second, score: 2, reply: true }
`,
  ),
  ...([
    [EN, 'They tell you something worrying.', 'A stranger', 'Send me a photo', 'Who is this?'],
    [CY, "Maen nhw'n dweud rhywbeth sy'n peri pryder.", 'Dieithryn', 'Anfon llun ataf', 'Pwy yw hwn?'],
  ] as const).flatMap(([file, firstText, stranger, m1, m2]) => [
    replace(file, '    nodes:\n      first:\n', `    characters:\n      sam: { name: Sam }\n      stranger: { name: ${stranger} }\n    nodes:\n      first:\n`),
    replace(file, `        text: ${firstText}\n`, `        text: ${firstText}\n        messages:\n          m1: ${m1}\n          m2: ${m2}\n`),
  ]),
];
const sceneMistake = (edit: Edit): Edit[] => [...sceneScenario, edit];

const invalidCases: Record<string, Edit[]> = {
  'yaml-syntax': [replace(MODULE, '  - id: chat-step\n    type: scenario', '  - id: chat-step\n   type: scenario')],
  'yaml-unclosed-bracket': [replace(MODULE, '    questions: [q-single, q-multi]\n', '    questions: [q-single, q-multi\n')],
  'yaml-unclosed-quote': [replace(MODULE, '    perspective: adult\n', '    perspective: "adult\n')],
  'misspelt-key': [replace(MODULE, '  - id: chat-step\n    type: scenario', '  - id: chat-step\n    tpye: scenario')],
  'duplicate-yaml-key': [replace(MODULE, '    type: scenario\n    scenario: chat', '    type: scenario\n    scenario: chat\n    scenario: chat')],
  'unknown-step-type': [replace(MODULE, '    type: knowledge-check', '    type: quiz')],
  'missing-field': [replace(MODULE, '    perspective: adult\n', '')],
  'wrong-type': [replace(MODULE, '{ id: good, next: second, score: 2 }', '{ id: good, next: second, score: high }')],
  'unknown-key': [replace(MODULE, '  - id: chat-step\n', '  - id: chat-step\n    title: A chat\n')],
  'bad-id-format': [replace(MODULE, '  - spot-risk', '  - Spot_Risk')],
  'duplicate-id': [replace(MODULE, 'objectives:\n  - spot-risk\n', 'objectives:\n  - spot-risk\n  - spot-risk\n')],
  'unknown-next-node': [replace(MODULE, '{ id: recover, next: second, score: 2 }', '{ id: recover, next: secnd, score: 2 }')],
  'unreachable-node': [replace(MODULE, '{ id: poor, next: third, score: 0 }', '{ id: poor, next: second, score: 0 }')],
  'scenario-cycle': [replace(MODULE, '{ id: end-bad, score: 0 }', '{ id: end-bad, next: first, score: 0 }')],
  'dead-end-node': [replace(MODULE, '{ id: recover, next: second, score: 2 }', '{ id: recover, next: third, score: 2 }')],
  'no-full-marks-path': [replace(MODULE, '{ id: end-good, score: 2 }', '{ id: end-good, score: 1 }')],
  'no-correct-option': [replace(MODULE, '      - { id: right, correct: true }', '      - { id: right }')],
  'two-correct-single-choice': [replace(MODULE, '      - { id: wrong }', '      - { id: wrong, correct: true }')],
  'no-incorrect-option': [replace(MODULE, '      - { id: no-one }', '      - { id: no-one, correct: true }')],
  'unknown-match-target': [replace(MODULE, '{ id: bullying, match: platform }', '{ id: bullying, match: plaform }')],
  'unknown-question': [replace(MODULE, 'questions: [q-single, q-multi]', 'questions: [q-single, q-mutli]')],
  'unknown-scenario': [replace(MODULE, '    scenario: chat', '    scenario: chats')],
  'unknown-source': [replace(MODULE, '    cites: [source-one]', '    cites: [source-two]')],
  // A translation may leave texts out (they show in English); the source language may not.
  'missing-translation': [replace(EN, '  check:\n    title: Check your understanding\n', '')],
  'empty-translation': [replace(CY, '      bullying: Bwlio', "      bullying: ''")],
  'translation-not-text': [replace(EN, '  source-one: A source, 2025.', '  source-one: 2025')],
  'unused-translation': [replace(EN, '  check:\n    title: Check your understanding\n', '  check:\n    title: Check your understanding\n    body: Nothing uses this.\n')],
  'raw-html-in-markdown': [replace(EN, '  body: What this module is about.', '  body: What this module is <b>really</b> about.')],
  // 9 words in the valid lesson screen (title, body, image alt) + 192 = 201, one over the practitioners' limit.
  'lesson-screen-too-long': [replace(EN, '      - a list item\n', `      - a list item\n\n      ${'Most people a child meets online are kind. '.repeat(24).trim()}\n`)],
  'course-bad-review-date': [replace(COURSE, 'unlocking: sequential\n', 'unlocking: sequential\nlastReviewed: 2026-02-30\n')],
  // Both modules in the course cite source-one; beta words it differently.
  'source-citation-differs': [
    ...betaModule,
    replace(COURSE, '  - id: alpha\n', '  - id: alpha\n  - id: beta\n'),
    replace('courses/test-course/locales/en-GB.yaml', '    summary: The only module.\n', '    summary: The only module.\n  beta: { title: Beta, summary: Another module. }\n'),
    replace(COURSE_CY, '  alpha:\n', '  beta: { title: Beta, summary: Modiwl arall. }\n  alpha:\n'),
    replace('beta/locales/en-GB.yaml', 'source-one: A source, 2025.', 'source-one: A source (2025).'),
  ],
  'missing-locale-file': [{ remove: EN }],
  'missing-media': [{ remove: 'alpha/media/diagram.svg' }],
  'unused-media': [{ write: 'alpha/media/spare.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"/>\n' }],
  'unexpected-file': [{ write: 'alpha/locales/fr.yml', text: 'intro: {}\n' }],
  'unknown-module-in-course': [replace(COURSE, '  - id: alpha', '  - id: alpah')],
  'question-count-too-large': [replace(COURSE, '  questionCount: 5', '  questionCount: 6')],
  'module-bank-too-small': [replace(COURSE, '  questionCount: 5', '  questionCount: 5\n  minPerModule: 6')],
  'orphan-module': betaModule,
  'folder-mismatch': [replace(MODULE, 'id: alpha\n', 'id: alpha-module\n')],
  'block-unknown-type': blockMistake(replace(MODULE, '{ id: opening, type: text }', '{ id: opening, type: paragraph }')),
  // The callout takes the text block's id (and so shares its text): only the repeat is wrong.
  'block-duplicate-id': [
    ...blocksLesson,
    replace(MODULE, '{ id: note, type: callout', '{ id: opening, type: callout'),
    replace(EN, '      note: { body: Remember this. }\n', ''),
    replace(CY, '      note: { body: Remember this. }\n', ''),
  ],
  'block-body-with-blocks': blockMistake(replace(EN, '    title: In pieces\n', '    title: In pieces\n    body: The old single body.\n')),
  'block-text-missing-body': blockMistake(replace(EN, '      opening: { body: Some **prose**. }\n', '')),
  'block-callout-unknown-kind': blockMistake(replace(MODULE, 'kind: remember', 'kind: tip')),
  'block-image-missing-alt': blockMistake(replace(EN, 'picture: { alt: A square, caption: A caption }', 'picture: { caption: A caption }')),
  'block-image-missing-file': blockMistake(replace(MODULE, 'src: media/diagram.svg, caption', 'src: media/stages.svg, caption')),
  'block-reveal-cards-duplicate-card': blockMistake(replace(MODULE, 'cards: [only-strangers, boys-safe]', 'cards: [only-strangers, boys-safe, only-strangers]')),
  'block-accordion-no-items': blockMistake(replace(MODULE, 'items: [gifts, secrecy]', 'items: []')),
  'block-spot-the-signs-all-signs': blockMistake(replace(MODULE, '{ id: homework, sign: false }', '{ id: homework, sign: true }')),
  'block-sort-unknown-group': blockMistake(replace(MODULE, '{ id: loot-box, group: commerce }', '{ id: loot-box, group: comerce }')),
  'block-sort-empty-group': [
    ...blocksLesson,
    replace(MODULE, 'groups: [contact, commerce]', 'groups: [contact, commerce, content]'),
    ...[EN, CY].map((file) => replace(file, 'groups: { contact: Contact, commerce: Commerce }', 'groups: { contact: Contact, commerce: Commerce, content: Content }')),
  ],
  'block-quote-unknown-source': blockMistake(replace(MODULE, 'cites: source-one }', 'cites: source-two }')),
  'scene-unknown-sender': sceneMistake(replace(MODULE, "{ id: m1, from: stranger, time: '21:14' }", "{ id: m1, from: strnger, time: '21:14' }")),
  'scene-unknown-present': sceneMistake(replace(MODULE, 'present: [sam]', 'present: [sam, mia]')),
  'scene-duplicate-character': sceneMistake(replace(MODULE, '      - { id: stranger, role: online-contact }\n', '      - { id: stranger, role: online-contact }\n      - { id: sam, role: friend }\n')),
  'scene-duplicate-message': sceneMistake(replace(MODULE, "          - { id: m2, from: you, time: '21:15' }\n", "          - { id: m2, from: you, time: '21:15' }\n          - { id: m1, from: sam }\n")),
  'scene-character-named-you': sceneMistake(replace(MODULE, '      - { id: stranger, role: online-contact }\n', '      - { id: stranger, role: online-contact }\n      - { id: you, role: other }\n')),
  'scene-unknown-role': sceneMistake(replace(MODULE, 'role: online-contact', 'role: groomer')),
  'scene-bad-message-time': sceneMistake(replace(MODULE, "time: '21:15'", "time: '9pm'")),
  'scene-missing-message-text': sceneMistake(replace(EN, '          m2: Who is this?\n', '')),
  'scene-missing-character-name': sceneMistake(replace(EN, '      stranger: { name: A stranger }\n', '')),
  'cover-unknown-motif': [replace(MODULE, 'kind: contact\n', 'kind: contact\ncover: { motif: rocket }\n')],
};

const otherCourse = (file: string): string =>
  readValid(`courses/test-course/${file}`).replace('id: test-course', 'id: other-course').replace('  - id: alpha', '  - id: beta').replace('  alpha:', '  beta:');

const otherTrees: Record<string, Edit[]> = {
  'several-mistakes': [
    ...betaModule,
    replace(MODULE, '{ id: recover, next: second, score: 2 }', '{ id: recover, next: secnd, score: 2 }'),
    replace(MODULE, '      - { id: wrong }', '      - { id: wrong, correct: true }'),
    replace(MODULE, '    cites: [source-one]', '    cites: [source-two]'),
    replace(EN, '  check:\n    title: Check your understanding\n', '  check:\n    body: Nothing uses this.\n'),
    replace(EN, '  body: What this module is about.', '  body: What this module is <b>really</b> about.'),
    { remove: 'alpha/media/diagram.svg' },
    replace(COURSE, '  questionCount: 5', '  questionCount: 6'),
    replace(COURSE_CY, 'title: Cwrs prawf', 'title: [Cwrs prawf'),
  ],
  'two-courses': [
    ...betaModule,
    { copy: 'courses/test-course', to: 'courses/other-course' },
    { write: 'courses/other-course/course.yaml', text: otherCourse('course.yaml').replace(/^# .*\n/, '# A second course, so tests can check that only the chosen course is built.\n') },
    { write: 'courses/other-course/locales/en-GB.yaml', text: otherCourse('locales/en-GB.yaml') },
    { write: 'courses/other-course/locales/cy.yaml', text: otherCourse('locales/cy.yaml') },
  ],
};

function apply(root: string, edit: Edit): void {
  if ('replace' in edit) {
    const file = path.join(root, edit.replace);
    const text = readFileSync(file, 'utf8');
    const count = text.split(edit.old).length - 1;
    if (count !== 1) throw new Error(`${edit.replace}: expected the text to replace exactly once, found ${count}: ${JSON.stringify(edit.old)}`);
    writeFileSync(file, text.replace(edit.old, edit.new));
  } else if ('remove' in edit) {
    rmSync(path.join(root, edit.remove));
  } else if ('write' in edit) {
    mkdirSync(path.dirname(path.join(root, edit.write)), { recursive: true });
    writeFileSync(path.join(root, edit.write), edit.text);
  } else {
    cpSync(path.join(root, edit.copy), path.join(root, edit.to), { recursive: true });
  }
}

function make(root: string, edits: readonly Edit[]): void {
  rmSync(root, { recursive: true, force: true });
  cpSync(valid, root, { recursive: true });
  for (const edit of edits) apply(root, edit);
}

const only = process.argv.slice(2);
const wanted = (name: string): boolean => only.length === 0 || only.includes(name);
for (const [name, edits] of Object.entries(invalidCases)) if (wanted(name)) make(path.join(fixtures, 'invalid', name), edits);
for (const [name, edits] of Object.entries(otherTrees)) if (wanted(name)) make(path.join(fixtures, name), edits);
console.log(`Fixtures written to ${path.relative(process.cwd(), fixtures)}`);
