import type { AccordionBlock as AccordionBlockData } from '../../../course/schema/lesson-blocks-schema';
import { Markdown } from '../../../lib/markdown/markdown';
import type { BlockProps } from '../shared/block-props';

/** Sections that open on demand: native details/summary, so the browser gives keyboard use and the expanded state. */
export function AccordionBlock({ block, env }: BlockProps<AccordionBlockData>) {
  return (
    <div className="block accordion">
      {block.items.map((item) => (
        <details key={item} className="accordion__item">
          <summary className="accordion__summary">{env.text.node(`items.${item}.summary`)}</summary>
          <div className="accordion__body">
            <Markdown content={env.markdown(`items.${item}.body`)} headingLevel={3} />
          </div>
        </details>
      ))}
    </div>
  );
}
