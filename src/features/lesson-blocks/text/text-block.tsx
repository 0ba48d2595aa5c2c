import type { TextBlock as TextBlockData } from '../../../course/schema/lesson-blocks-schema';
import { Markdown } from '../../../lib/markdown/markdown';
import type { BlockProps } from '../shared/block-props';

/** Ordinary prose. */
export function TextBlock({ env }: BlockProps<TextBlockData>) {
  return (
    <div className="block block-text">
      <Markdown content={env.markdown('body')} />
    </div>
  );
}
