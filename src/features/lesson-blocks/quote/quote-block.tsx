import type { QuoteBlock as QuoteBlockData } from '../../../course/schema/lesson-blocks-schema';
import { Markdown } from '../../../lib/markdown/markdown';
import { BlockIcon } from '../shared/block-icon';
import type { BlockProps } from '../shared/block-props';

/** A young person's (or parent's) own words, who said them, and where they were published. */
export function QuoteBlock({ block, env }: BlockProps<QuoteBlockData>) {
  return (
    <figure className="block quote-block">
      <BlockIcon name="quote" />
      <blockquote className="quote-block__text">
        <p>{env.text.node('text')}</p>
      </blockquote>
      <figcaption className="quote-block__attribution">
        <p className="quote-block__who">{env.text.node('attribution')}</p>
        {block.cites && (
          <div className="quote-block__source">
            <Markdown content={env.source(block.cites)} />
          </div>
        )}
      </figcaption>
    </figure>
  );
}
