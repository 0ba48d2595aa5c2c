import type { Course } from './schema/course-schema';
import type { Partnership } from './schema/partnership-schema';
import type { Module, Question } from './schema/module-schema';
import type { LessonBlock } from './schema/lesson-blocks-schema';
import { courseText, partnershipText } from './text-keys';
import { moduleText } from './module-text-keys';

/**
 * Every text key a module, course or partnership must have, built from the key
 * conventions (text-keys.ts, module-text-keys.ts) and the structure file. The build's
 * content validation checks every locale against these lists, and they decide which
 * texts are Markdown (compiled at build time). Build-time only: the app never imports
 * this file.
 */

export type StructurePath = readonly (string | number)[];

export interface RequiredText {
  /** Key inside the module's or course's i18next namespace. */
  key: string;
  /** Where in the structure file the thing needing this text is declared. */
  origin: StructurePath;
  /** Rendered as markdown (lesson prose) rather than plain text. */
  markdown: boolean;
}

function questionTexts(question: Question, origin: StructurePath): RequiredText[] {
  const q = question.id;
  const texts: RequiredText[] = [
    { key: moduleText.questionPrompt(q), origin, markdown: false },
    { key: moduleText.questionExplanation(q), origin, markdown: true },
  ];
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      question.options.forEach((option, i) =>
        texts.push({ key: moduleText.questionOption(q, option.id), origin: [...origin, 'options', i], markdown: false }),
      );
      break;
    case 'ordering':
      question.items.forEach((item, i) =>
        texts.push({ key: moduleText.questionItem(q, item), origin: [...origin, 'items', i], markdown: false }),
      );
      break;
    case 'matching':
      question.prompts.forEach((prompt, i) =>
        texts.push({ key: moduleText.questionMatchPrompt(q, prompt.id), origin: [...origin, 'prompts', i], markdown: false }),
      );
      question.targets.forEach((target, i) =>
        texts.push({ key: moduleText.questionMatchTarget(q, target), origin: [...origin, 'targets', i], markdown: false }),
      );
      break;
    case 'true-false':
      break;
  }
  return texts;
}

/**
 * The texts one lesson block needs (docs/content-format.md, "Lesson steps"). Prose the
 * author may format is Markdown; labels, prompts and alt text are plain.
 */
export function lessonBlockTexts(stepId: string, block: LessonBlock, origin: StructurePath): RequiredText[] {
  const text = (field: string, markdown: boolean, at: StructurePath = origin): RequiredText => ({
    key: moduleText.blockText(stepId, block.id, field),
    origin: at,
    markdown,
  });
  switch (block.type) {
    case 'text':
    case 'callout':
      return [text('body', true)];
    case 'image':
      return [...(block.decorative ? [] : [text('alt', false)]), ...(block.caption ? [text('caption', false, [...origin, 'caption'])] : [])];
    case 'reveal-cards':
      return block.cards.flatMap((card, i) => [
        text(`cards.${card}.prompt`, false, [...origin, 'cards', i]),
        text(`cards.${card}.answer`, true, [...origin, 'cards', i]),
      ]);
    case 'accordion':
      return block.items.flatMap((item, i) => [
        text(`items.${item}.summary`, false, [...origin, 'items', i]),
        text(`items.${item}.body`, true, [...origin, 'items', i]),
      ]);
    case 'spot-the-signs':
      return [
        text('prompt', false),
        ...block.items.flatMap((item, i) => [
          text(`items.${item.id}.label`, false, [...origin, 'items', i]),
          text(`items.${item.id}.explanation`, false, [...origin, 'items', i]),
        ]),
      ];
    case 'sort-into-groups':
      return [
        text('prompt', false),
        ...block.groups.map((group, i) => text(`groups.${group}`, false, [...origin, 'groups', i])),
        ...block.items.flatMap((item, i) => [
          text(`items.${item.id}.label`, false, [...origin, 'items', i]),
          text(`items.${item.id}.explanation`, false, [...origin, 'items', i]),
        ]),
      ];
    case 'quote':
      return [text('text', false), text('attribution', false)];
  }
}

/** Every text key a module needs, each with where it is required from. */
export function moduleRequiredTexts(module: Module): RequiredText[] {
  const texts: RequiredText[] = [
    { key: moduleText.introTitle, origin: ['id'], markdown: false },
    { key: moduleText.introBody, origin: ['id'], markdown: true },
    { key: moduleText.summaryBody, origin: ['id'], markdown: true },
  ];
  if (module.contentWarning) texts.push({ key: moduleText.contentWarning, origin: ['contentWarning'], markdown: true });
  module.objectives.forEach((o, i) => texts.push({ key: moduleText.objective(o), origin: ['objectives', i], markdown: false }));
  module.sources.forEach((s, i) => texts.push({ key: moduleText.source(s), origin: ['sources', i], markdown: true }));
  module.steps.forEach((step, i) => {
    const origin = ['steps', i];
    if (step.type === 'scenario') return; // a scenario step shows the scenario's own title
    texts.push({ key: moduleText.stepTitle(step.id), origin, markdown: false });
    if (step.type === 'lesson') {
      if (step.blocks) step.blocks.forEach((block, bi) => texts.push(...lessonBlockTexts(step.id, block, [...origin, 'blocks', bi])));
      else texts.push({ key: moduleText.stepBody(step.id), origin, markdown: true });
      if (step.image) texts.push({ key: moduleText.stepImageAlt(step.id), origin: [...origin, 'image'], markdown: false });
    }
  });
  module.scenarios.forEach((scenario, si) => {
    const origin = ['scenarios', si];
    texts.push({ key: moduleText.scenarioTitle(scenario.id), origin, markdown: false });
    texts.push({ key: moduleText.scenarioIntro(scenario.id), origin, markdown: true });
    if (scenario.contentWarning)
      texts.push({ key: moduleText.scenarioContentWarning(scenario.id), origin: [...origin, 'contentWarning'], markdown: true });
    scenario.characters?.forEach((character, ci) =>
      texts.push({ key: moduleText.characterName(scenario.id, character.id), origin: [...origin, 'characters', ci], markdown: false }),
    );
    scenario.nodes.forEach((node, ni) => {
      const nodeOrigin = [...origin, 'nodes', ni];
      texts.push({ key: moduleText.nodeText(scenario.id, node.id), origin: nodeOrigin, markdown: true });
      // Plain text: a message is shown as typed, like a real one.
      node.messages?.forEach((message, mi) =>
        texts.push({ key: moduleText.message(scenario.id, node.id, message.id), origin: [...nodeOrigin, 'messages', mi], markdown: false }),
      );
      node.choices.forEach((choice, ci) => {
        const choiceOrigin = [...nodeOrigin, 'choices', ci];
        texts.push({ key: moduleText.choiceLabel(scenario.id, node.id, choice.id), origin: choiceOrigin, markdown: false });
        texts.push({ key: moduleText.choiceFeedback(scenario.id, node.id, choice.id), origin: choiceOrigin, markdown: true });
      });
    });
  });
  module.questions.forEach((question, qi) => texts.push(...questionTexts(question, ['questions', qi])));
  return texts;
}

/** Every text key a course file needs. */
export function courseRequiredTexts(course: Course): RequiredText[] {
  const texts: RequiredText[] = [
    { key: courseText.title, origin: ['id'], markdown: false },
    { key: courseText.description, origin: ['id'], markdown: false },
  ];
  course.modules.forEach((ref, i) => {
    texts.push({ key: courseText.moduleTitle(ref.id), origin: ['modules', i], markdown: false });
    texts.push({ key: courseText.moduleSummary(ref.id), origin: ['modules', i], markdown: false });
  });
  // Plain paragraphs, not markdown: they are on the first screen, which loads no markdown parser.
  if (course.finalAssessment) texts.push({ key: courseText.assessmentIntro, origin: ['finalAssessment'], markdown: false });
  return texts;
}

/** Every text key a partnership file needs: the front door's only for a local partnership, the logo's only with a logo. */
export function partnershipRequiredTexts(partnership: Partnership): RequiredText[] {
  return [
    { key: partnershipText.name, origin: ['id'], markdown: false },
    ...(partnership.frontDoor
      ? [
          { key: partnershipText.frontDoorName, origin: ['frontDoor'], markdown: false },
          { key: partnershipText.frontDoorDescription, origin: ['frontDoor'], markdown: false },
        ]
      : []),
    ...(partnership.logo ? [{ key: partnershipText.logoAlt, origin: ['logo'], markdown: false }] : []),
  ];
}
