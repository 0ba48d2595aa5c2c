import { useTranslation } from 'react-i18next';
import { useSelector } from '../../lib/state/use-selector';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import type { LessonBlock } from '../../course/schema/lesson-blocks-schema';
import { isInteractiveBlock } from '../../course/schema/interactive-block';
import { blockInteractionId } from '../../course/scoring/block-scoring';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';
import '../../styles/lesson-blocks.css';
import { componentFor } from './registry';
import type { BlockEnv } from './shared/block-props';

interface LessonBlocksProps {
  moduleRef: ModuleActorRef;
  stepId: string;
  blocks: readonly LessonBlock[];
  text: MarkedContentText;
  markdown: ContentMarkdown;
  mediaUrl: (src: string) => string | undefined;
}

/** A lesson screen's blocks, in order, each drawn by the component the registry names for its type. */
export function LessonBlocks({ moduleRef, stepId, blocks, text, markdown, mediaUrl }: LessonBlocksProps) {
  const saved = useSelector(moduleRef, (s) => s.context.progress.blocks);
  // Keeps i18next's language change re-rendering the blocks' own labels.
  useTranslation();
  return (
    <div className="lesson-blocks">
      {blocks.map((block) => {
        const key = (field: string): string => moduleText.blockText(stepId, block.id, field);
        const env: BlockEnv = {
          stepId,
          text: Object.assign((field: string) => text(key(field)), { node: (field: string) => text.node(key(field)), mark: (field: string) => text.mark(key(field)) }),
          markdown: (field) => markdown(key(field)),
          source: (sourceId) => markdown(moduleText.source(sourceId)),
          mediaUrl,
          answer: saved?.[blockInteractionId(stepId, block.id)],
          onAnswer: (answer, correct) => {
            if (isInteractiveBlock(block)) moduleRef.send({ type: 'interaction.block', stepId, block, answer, correct });
          },
        };
        const Component = componentFor(block);
        return <Component key={block.id} block={block} env={env} />;
      })}
    </div>
  );
}
