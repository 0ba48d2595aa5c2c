import { createActor } from 'xstate';
import { moduleMachine, type ModuleReport } from '../../../course/machines/module-machine';
import type { ModuleProgress } from '../../../course/progress/progress-record';
import { moduleNamespace } from '../../../course/text-keys';
import type { ContentBundle } from '../../../lib/i18n/content-bundle';
import { buildModule } from '../../../testing/builders';
import { builtModuleTexts } from '../../../testing/built-texts';
import { renderWithI18n } from '../../../testing/render-with-i18n';
import { sampleModuleTexts } from '../../../testing/sample-texts';
import { LessonScreen } from '../../module-player/lesson-screen';
import { LessonBlocks } from '../lesson-blocks';

/**
 * A lesson made of one block of every type, on the sample module, run by the real
 * module machine: tests render the real lesson screen and see what the module records.
 */
export const blocksModule = () =>
  buildModule({
    sources: ['childnet'],
    steps: [
      {
        id: 'pieces',
        type: 'lesson',
        blocks: [
          { id: 'opening', type: 'text' },
          { id: 'note', type: 'callout', kind: 'warning' },
          { id: 'picture', type: 'image', src: 'media/stages.svg', caption: true },
          { id: 'flourish', type: 'image', src: 'media/flourish.svg', decorative: true },
          { id: 'myths', type: 'reveal-cards', cards: ['only-strangers', 'boys-safe'] },
          { id: 'more', type: 'accordion', items: ['gifts', 'secrecy'] },
          {
            id: 'signs',
            type: 'spot-the-signs',
            items: [
              { id: 'new-friend', sign: true },
              { id: 'homework', sign: false },
              { id: 'gifts', sign: true },
            ],
          },
          {
            id: 'which-c',
            type: 'sort-into-groups',
            groups: ['contact', 'commerce'],
            items: [
              { id: 'loot-box', group: 'commerce' },
              { id: 'stranger', group: 'contact' },
            ],
          },
          { id: 'words', type: 'quote', cites: 'childnet' },
        ],
      },
      { id: 'chat', type: 'scenario', scenario: 'chat' },
      { id: 'check', type: 'knowledge-check', questions: ['q-law', 'q-true'] },
    ],
  });

export const blocksTexts: ContentBundle = {
  ...sampleModuleTexts,
  sources: { childnet: 'Childnet, *Young people\'s voices*, 2024.' },
  steps: {
    ...(sampleModuleTexts.steps as Record<string, unknown>),
    pieces: {
      title: 'Grooming in pieces',
      blocks: {
        opening: { body: 'Grooming is **gradual**.' },
        note: { body: 'Never promise to keep a secret.' },
        picture: { alt: 'Four stages of grooming, from friendship to control', caption: 'The stages often overlap.' },
        flourish: {},
        myths: {
          cards: {
            'only-strangers': { prompt: 'Only strangers groom children.', answer: 'Most abusers are **known** to the child.' },
            'boys-safe': { prompt: 'Boys are not targeted.', answer: 'Boys are targeted too.' },
          },
        },
        more: {
          items: {
            gifts: { summary: 'Why gifts matter', body: 'Gifts create a sense of debt.' },
            secrecy: { summary: 'Why secrecy matters', body: 'Secrets cut a child off from help.' },
          },
        },
        signs: {
          prompt: 'Which of these are warning signs?',
          items: {
            'new-friend': { label: 'A new, older online friend', explanation: 'Often the first step.' },
            homework: { label: 'Using a homework app', explanation: 'Ordinary use.' },
            gifts: { label: 'Unexplained gifts', explanation: 'Gifts build a debt.' },
          },
        },
        'which-c': {
          prompt: 'Which of the 4 Cs is each?',
          groups: { contact: 'Contact', commerce: 'Commerce' },
          items: {
            'loot-box': { label: 'Buying loot boxes', explanation: 'Money and gambling-like design.' },
            stranger: { label: 'A stranger asks for a photo', explanation: 'Someone reaching the child.' },
          },
        },
        words: { text: "I didn't know who to tell.", attribution: 'Girl, 14' },
      },
    },
  },
};

export const MEDIA: Record<string, string> = { 'media/stages.svg': '/media/stages.svg', 'media/flourish.svg': '/media/flourish.svg' };

/** The lesson screen of the blocks module, with the module actor it reports to and what it reported. */
export function renderBlocksLesson(progress: Partial<ModuleProgress> = {}) {
  const module = blocksModule();
  const interactions: ModuleReport[] = [];
  const machine = moduleMachine.provide({
    actions: {
      reportProgress: () => undefined,
      reportCompleted: () => undefined,
      forwardBlockAnswer: ({ context, event }) => {
        if (event.type !== 'interaction.block') return;
        interactions.push({
          type: 'module.interaction',
          interaction: { kind: 'block', moduleId: context.module.id, stepId: event.stepId, block: event.block, answer: event.answer, correct: event.correct },
        });
      },
    },
  });
  const start: ModuleProgress = { completed: false, position: { at: 'step', stepId: 'pieces' }, scenarios: {}, answers: {}, ...progress };
  const moduleRef = createActor(machine, { input: { module, progress: start } }).start();
  const step = module.steps[0];
  if (step?.type !== 'lesson') throw new Error('The blocks module starts with its lesson');
  const rendered = renderWithI18n(<LessonScreen
      moduleRef={moduleRef}
      step={step}
      resolveMedia={(_m, src) => MEDIA[src]}
      renderBlocks={(input) => <LessonBlocks moduleRef={moduleRef} {...input} />}
    />, {
    content: { [moduleNamespace(module.id)]: builtModuleTexts(module, blocksTexts) },
  });
  return { ...rendered, moduleRef, interactions };
}
