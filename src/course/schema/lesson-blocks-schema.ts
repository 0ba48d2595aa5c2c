import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * The blocks a lesson step may be built from (docs/content-format.md, "Lesson steps").
 * Structure only: every word is in the locale file under
 * `steps.<step>.blocks.<block>.…` (see ../module-text-keys.ts, blockText, and ../required-texts.ts, lessonBlockTexts).
 */

/** An image a block shows: SVG or PNG (crisp at 400 % zoom, small), under the module's media/. */
export const BlockMediaPathSchema = z.string().regex(/^media\/[a-z0-9][a-z0-9._-]*\.(svg|png)$/, {
  message: 'must be an SVG or PNG file in the module\'s media/ folder, e.g. "media/grooming-stages.svg"',
});

export const CalloutKindSchema = z.enum(['key-fact', 'remember', 'warning']);
export type CalloutKind = z.infer<typeof CalloutKindSchema>;

export const TextBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('text'),
});

export const CalloutBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('callout'),
  /** How the callout looks and is announced: "Key fact", "Remember" or "Warning". */
  kind: CalloutKindSchema,
});

export const ImageBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('image'),
  src: BlockMediaPathSchema,
  /** Adds nothing a reader needs: hidden from screen readers, no alt text. */
  decorative: z.boolean().default(false),
  /** Show a caption (text key `caption`) under the image. */
  caption: z.boolean().default(false),
});

export const RevealCardsBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('reveal-cards'),
  /** Ids of the cards, each a prompt the learner turns over to see its answer. */
  cards: z.array(IdSchema).min(1).max(8),
});

export const AccordionBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('accordion'),
  /** Ids of the sections, each a summary that opens to its body. */
  items: z.array(IdSchema).min(1).max(10),
});

export const SignItemSchema = z.strictObject({
  id: IdSchema,
  /** Whether this item is a warning sign. */
  sign: z.boolean(),
});

export const SpotTheSignsBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('spot-the-signs'),
  /** The items shown, in this order; at least one sign and one that is not. */
  items: z.array(SignItemSchema).min(2).max(12),
});

export const SortItemSchema = z.strictObject({
  id: IdSchema,
  /** Id of the group this item belongs in. */
  group: IdSchema,
});

export const SortIntoGroupsBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('sort-into-groups'),
  /** Ids of the groups, in the order they are offered; each must be some item's group. */
  groups: z.array(IdSchema).min(2).max(6),
  /** The items the learner sorts, in the order they are shown. */
  items: z.array(SortItemSchema).min(2).max(12),
});

export const QuoteBlockSchema = z.strictObject({
  id: IdSchema,
  type: z.literal('quote'),
  /** Id of the entry in the module's `sources` these words come from. */
  cites: IdSchema.optional(),
});

export const LessonBlockSchema = z.discriminatedUnion('type', [
  TextBlockSchema,
  CalloutBlockSchema,
  ImageBlockSchema,
  RevealCardsBlockSchema,
  AccordionBlockSchema,
  SpotTheSignsBlockSchema,
  SortIntoGroupsBlockSchema,
  QuoteBlockSchema,
]);

export type TextBlock = z.infer<typeof TextBlockSchema>;
export type CalloutBlock = z.infer<typeof CalloutBlockSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;
export type RevealCardsBlock = z.infer<typeof RevealCardsBlockSchema>;
export type AccordionBlock = z.infer<typeof AccordionBlockSchema>;
export type SpotTheSignsBlock = z.infer<typeof SpotTheSignsBlockSchema>;
export type SortIntoGroupsBlock = z.infer<typeof SortIntoGroupsBlockSchema>;
export type QuoteBlock = z.infer<typeof QuoteBlockSchema>;
export type LessonBlock = z.infer<typeof LessonBlockSchema>;
export type LessonBlockType = LessonBlock['type'];
