import { z } from 'zod';
import { IdSchema, MediaPathSchema } from './ids';
import { LessonBlockSchema } from './lesson-blocks-schema';
import { CharacterSchema, MessageSchema } from './scenario-scene-schema';
import { COVER_MOTIFS, COVER_PALETTE_NAMES, type CoverPalette } from '../../lib/art/cover-art';

/**
 * A module file (modules/<id>/module.yaml) is structure only. Every piece of text
 * lives in the module's locale files under a key derived from the ids here
 * (see ../module-text-keys.ts), so a translation never copies structure.
 */

export const ModuleKindSchema = z.enum([
  'intro',
  'legal',
  'content',
  'conduct',
  'contact',
  'commerce',
  'risk-landscape',
  'exploitation',
  'talking',
  'settings',
  'getting-help',
  'adult-perspective',
  'young-person-perspective',
]);
export type ModuleKind = z.infer<typeof ModuleKindSchema>;

/**
 * A cover is drawn from the module's kind and id (or the scenario's id); this overrides
 * its motif or colours (src/lib/art/cover-art.ts).
 */
export const CoverSchema = z.strictObject({
  motif: z.enum(COVER_MOTIFS).optional(),
  palette: z.enum(COVER_PALETTE_NAMES as [CoverPalette, ...CoverPalette[]]).optional(),
});

export const PerspectiveSchema = z.enum(['adult', 'young-person']);
export type Perspective = z.infer<typeof PerspectiveSchema>;

const ImageSchema = z.strictObject({
  src: MediaPathSchema,
});

export const LessonStepSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('lesson'),
  image: ImageSchema.optional(),
  /** Ids of entries in the module's `sources` cited on this screen. */
  cites: z.array(IdSchema).default([]),
  /**
   * The screen built from blocks (docs/content-format.md). Without it the screen is one
   * Markdown body (`steps.<step>.body`); a step has one or the other, never both.
   */
  blocks: z.array(LessonBlockSchema).min(1).optional(),
});

export const ScenarioStepSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('scenario'),
  /** Id of a scenario in this module's `scenarios`. */
  scenario: IdSchema,
});

export const KnowledgeCheckStepSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('knowledge-check'),
  /** Ids of questions in this module's `questions`, asked in this order. */
  questions: z.array(IdSchema).min(1),
});

export const StepSchema = z.discriminatedUnion('type', [
  LessonStepSchema,
  ScenarioStepSchema,
  KnowledgeCheckStepSchema,
]);
export type LessonStep = z.infer<typeof LessonStepSchema>;
export type ScenarioStep = z.infer<typeof ScenarioStepSchema>;
export type KnowledgeCheckStep = z.infer<typeof KnowledgeCheckStepSchema>;
export type Step = z.infer<typeof StepSchema>;

export const ChoiceSchema = z.strictObject({
  id: IdSchema,
  /** Next node id; omitted when this choice ends the scenario. */
  next: IdSchema.optional(),
  /** Points for this choice: 2 = what we would want, 1 = partly right, 0 = harmful or unhelpful. */
  score: z.number().int().min(0).max(2),
  /** The choice's label is sent as the learner's message in the node's thread. */
  reply: z.boolean().optional(),
});
export type Choice = z.infer<typeof ChoiceSchema>;

export const ScenarioNodeSchema = z.strictObject({
  id: IdSchema,
  /** Ids of the scenario's characters in the scene (their avatars and names are shown). */
  present: z.array(IdSchema).min(1).optional(),
  /** A phone-style message thread shown with the node, oldest first. */
  messages: z.array(MessageSchema).min(1).optional(),
  /** Choices offered at this node. A node with no choices is an ending. */
  choices: z.array(ChoiceSchema).default([]),
});
export type ScenarioNode = z.infer<typeof ScenarioNodeSchema>;

export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  perspective: PerspectiveSchema,
  /** Id of the first node. */
  start: IdSchema,
  /** Show a content warning before the scenario starts. */
  contentWarning: z.boolean().default(false),
  cover: CoverSchema.optional(),
  /** The people in the story (docs/content-format.md, "Scenario scenes"). */
  characters: z.array(CharacterSchema).min(1).optional(),
  nodes: z.array(ScenarioNodeSchema).min(2),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/**
 * Ids of entries in the module's `sources` a question rests on: shown with its explanation
 * once the learner has answered (docs/content-format.md, "Questions").
 */
const QuestionCitesSchema = z.array(IdSchema).default([]);

const OptionSchema = z.strictObject({
  id: IdSchema,
  correct: z.boolean().default(false),
});

export const SingleChoiceQuestionSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('single-choice'),
  cites: QuestionCitesSchema,
  options: z.array(OptionSchema).min(2).max(8),
});
export const MultipleChoiceQuestionSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('multiple-choice'),
  cites: QuestionCitesSchema,
  options: z.array(OptionSchema).min(2).max(8),
});
export const TrueFalseQuestionSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('true-false'),
  cites: QuestionCitesSchema,
  answer: z.boolean(),
});
export const OrderingQuestionSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('ordering'),
  cites: QuestionCitesSchema,
  /** Item ids in the correct order; the learner sees them shuffled. */
  items: z.array(IdSchema).min(2).max(8),
});
export const MatchingQuestionSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('matching'),
  cites: QuestionCitesSchema,
  /** Ids of the things to match (shown as rows). */
  prompts: z.array(z.strictObject({ id: IdSchema, match: IdSchema })).min(2).max(8),
  /** Ids of the answers the prompts are matched to (offered in each row). */
  targets: z.array(IdSchema).min(2).max(8),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  OrderingQuestionSchema,
  MatchingQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestionSchema>;
export type OrderingQuestion = z.infer<typeof OrderingQuestionSchema>;
export type MatchingQuestion = z.infer<typeof MatchingQuestionSchema>;

export const ModuleSchema = z.strictObject({
  id: IdSchema,
  kind: ModuleKindSchema,
  cover: CoverSchema.optional(),
  /** Show a content warning before the module starts (modules that deal with abuse). */
  contentWarning: z.boolean().default(false),
  /** What the learner will be able to do; reported per module to the LMS. */
  objectives: z.array(IdSchema).min(1),
  steps: z.array(StepSchema).min(1),
  scenarios: z.array(ScenarioSchema).default([]),
  /** The module's question bank: knowledge checks and the final assessment draw from it. */
  questions: z.array(QuestionSchema).default([]),
  /** Sources cited in this module (text in the locale file). */
  sources: z.array(IdSchema).default([]),
});
export type Module = z.infer<typeof ModuleSchema>;
