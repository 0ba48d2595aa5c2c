import type { ContentBundle } from '../lib/i18n/content-bundle';

/**
 * Texts for the sample content of ./builders.ts (module "sample", course
 * "sample-course"), keyed as src/course/text-keys.ts and module-text-keys.ts derive them.
 */
export const sampleModuleTexts: ContentBundle = {
  intro: { title: 'Spotting contact risk', body: 'How adults use online contact to groom children.' },
  summary: { body: '**Key points**\n\n- Listen\n- Report' },
  contentWarning: 'This module talks about **grooming**.',
  objectives: { 'spot-risk': 'Recognise the signs of grooming' },
  steps: {
    welcome: { title: 'What contact risk is', body: 'Contact risk is harmful interaction with other users.' },
    check: { title: 'Check your understanding' },
  },
  scenarios: {
    chat: {
      title: 'A message from a stranger',
      intro: 'You are 15. Someone you met in a game messages you.',
      nodes: {
        request: {
          text: 'They ask you for £100 in gift cards.',
          choices: {
            tell: { label: 'Tell a trusted adult', feedback: 'Good: telling someone is the first step.' },
            pay: { label: 'Pay them', feedback: 'Paying leads to more demands.' },
          },
        },
        'more-demands': {
          text: 'They ask for more.',
          choices: {
            'tell-late': { label: 'Tell an adult now', feedback: 'It is never too late to tell someone.' },
            hide: { label: 'Keep it to yourself', feedback: 'Coping alone makes it harder.' },
          },
        },
        support: { text: 'Your parent helps you report it to CEOP.' },
      },
    },
  },
  questions: {
    'q-law': {
      prompt: 'Which law covers sexual communication with a child?',
      explanation: 'Section 15A of the Sexual Offences Act 2003.',
      options: { a: 'Sexual Offences Act 2003, s15A', b: 'Children Act 1989, s17' },
    },
    'q-true': { prompt: 'Paying a blackmailer makes the demands stop.', explanation: 'Paying usually leads to more demands.' },
    'q-order': {
      prompt: 'Put the steps in order.',
      explanation: 'Listen first, then record, then refer.',
      items: { first: 'Listen', second: 'Record', third: 'Refer' },
    },
    'q-match': {
      prompt: 'Match each concern to where to report it.',
      explanation: 'CEOP takes grooming; Childline takes calls from children.',
      prompts: { p1: 'Online grooming', p2: 'A child who needs to talk' },
      targets: { t1: 'CEOP', t2: 'Childline' },
    },
    'q-many': {
      prompt: 'Which are signs of grooming?',
      explanation: 'Secrecy and gifts are both signs.',
      options: { x: 'Pressure to keep secrets', y: 'Unexplained gifts', z: 'Doing homework' },
    },
  },
};

/** Texts for `buildModule({ id: 'second', steps: [{ id: 'only', type: 'lesson' }], scenarios: [], questions: [] })`. */
export const sampleSecondModuleTexts: ContentBundle = {
  intro: { title: 'The second module', body: 'More about risk.' },
  summary: { body: 'Done.' },
  objectives: { 'spot-risk': 'Recognise more risks' },
  steps: { only: { title: 'The only screen', body: 'There is little here.' } },
};

export const sampleCourseTexts: ContentBundle = {
  title: 'Sample course',
  description: 'A course for tests.',
  modules: {
    sample: { title: 'Spotting contact risk', summary: 'Grooming and how to respond.' },
    second: { title: 'The second module', summary: 'More about risk.' },
  },
  assessment: { intro: 'Questions from every module.' },
};
