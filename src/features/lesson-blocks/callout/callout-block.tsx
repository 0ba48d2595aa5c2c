import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalloutBlock as CalloutBlockData } from '../../../course/schema/lesson-blocks-schema';
import { Markdown } from '../../../lib/markdown/markdown';
import { BlockIcon } from '../shared/block-icon';
import type { BlockProps } from '../shared/block-props';

/**
 * A key fact, something to remember, or a warning. The kind is a visible word (not
 * only a colour or an icon), read first and naming the note, so a screen reader says
 * "Warning" before the text.
 */
export function CalloutBlock({ block, env }: BlockProps<CalloutBlockData>) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className={`block callout callout--${block.kind}`} role="note" aria-labelledby={labelId}>
      <p className="callout__kind" id={labelId}>
        <BlockIcon name={block.kind} />
        {t(`lessonBlocks.callout.${block.kind}`)}
      </p>
      <div className="callout__body">
        <Markdown content={env.markdown('body')} />
      </div>
    </div>
  );
}
