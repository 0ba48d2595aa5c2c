/**
 * The text keys inside a module's namespace (moduleNamespace in text-keys.ts), derived
 * from the ids in module.yaml. Only the lazily loaded screens (module player, scenarios,
 * questions, summaries) render them, so they live apart from text-keys.ts, which the
 * first screen imports: no first-screen module may import this file. required-texts.ts
 * lists which of these keys a module must have.
 */

export const moduleText = {
  introTitle: 'intro.title',
  introBody: 'intro.body',
  summaryBody: 'summary.body',
  contentWarning: 'contentWarning',
  objective: (objectiveId: string) => `objectives.${objectiveId}`,
  source: (sourceId: string) => `sources.${sourceId}`,
  stepTitle: (stepId: string) => `steps.${stepId}.title`,
  stepBody: (stepId: string) => `steps.${stepId}.body`,
  stepImageAlt: (stepId: string) => `steps.${stepId}.imageAlt`,
  /** Any text of a lesson block, e.g. blockText('signs', 'which', 'items.gift.label'). */
  blockText: (stepId: string, blockId: string, field: string) => `steps.${stepId}.blocks.${blockId}.${field}`,
  scenarioTitle: (scenarioId: string) => `scenarios.${scenarioId}.title`,
  scenarioIntro: (scenarioId: string) => `scenarios.${scenarioId}.intro`,
  scenarioContentWarning: (scenarioId: string) => `scenarios.${scenarioId}.contentWarning`,
  nodeText: (scenarioId: string, nodeId: string) => `scenarios.${scenarioId}.nodes.${nodeId}.text`,
  characterName: (scenarioId: string, characterId: string) => `scenarios.${scenarioId}.characters.${characterId}.name`,
  message: (scenarioId: string, nodeId: string, messageId: string) => `scenarios.${scenarioId}.nodes.${nodeId}.messages.${messageId}`,
  choiceLabel: (scenarioId: string, nodeId: string, choiceId: string) =>
    `scenarios.${scenarioId}.nodes.${nodeId}.choices.${choiceId}.label`,
  choiceFeedback: (scenarioId: string, nodeId: string, choiceId: string) =>
    `scenarios.${scenarioId}.nodes.${nodeId}.choices.${choiceId}.feedback`,
  questionPrompt: (questionId: string) => `questions.${questionId}.prompt`,
  questionExplanation: (questionId: string) => `questions.${questionId}.explanation`,
  questionOption: (questionId: string, optionId: string) => `questions.${questionId}.options.${optionId}`,
  questionItem: (questionId: string, itemId: string) => `questions.${questionId}.items.${itemId}`,
  questionMatchPrompt: (questionId: string, promptId: string) => `questions.${questionId}.prompts.${promptId}`,
  questionMatchTarget: (questionId: string, targetId: string) => `questions.${questionId}.targets.${targetId}`,
} as const;
