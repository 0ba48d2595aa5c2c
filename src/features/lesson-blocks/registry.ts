import type { ComponentType } from 'react';
import type { LessonBlock, LessonBlockType } from '../../course/schema/lesson-blocks-schema';
import type { BlockProps } from './shared/block-props';
import { AccordionBlock } from './accordion/accordion-block';
import { CalloutBlock } from './callout/callout-block';
import { ImageBlock } from './image/image-block';
import { QuoteBlock } from './quote/quote-block';
import { RevealCardsBlock } from './reveal-cards/reveal-cards-block';
import { SortIntoGroupsBlock } from './sort-into-groups/sort-into-groups-block';
import { SpotTheSignsBlock } from './spot-the-signs/spot-the-signs-block';
import { TextBlock } from './text/text-block';

type BlockOf<T extends LessonBlockType> = Extract<LessonBlock, { type: T }>;

/**
 * Which component renders each block type. A new type is a schema entry, a folder
 * here and one line below; the type checker refuses a registry missing a type.
 */
export const blockRegistry: { readonly [T in LessonBlockType]: ComponentType<BlockProps<BlockOf<T>>> } = {
  text: TextBlock,
  callout: CalloutBlock,
  image: ImageBlock,
  'reveal-cards': RevealCardsBlock,
  accordion: AccordionBlock,
  'spot-the-signs': SpotTheSignsBlock,
  'sort-into-groups': SortIntoGroupsBlock,
  quote: QuoteBlock,
};

/** The component for one block; the cast is the one place TypeScript cannot follow a union keyed by `type`. */
export const componentFor = <B extends LessonBlock>(block: B): ComponentType<BlockProps<B>> =>
  blockRegistry[block.type] as unknown as ComponentType<BlockProps<B>>;
