import type { ReactNode } from 'react';
import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import { type ModuleActorRef } from '../../course/machines/module-machine';
import type { LessonStep } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { LessonBlock } from '../../course/schema/lesson-blocks-schema';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { Markdown } from '../../lib/markdown/markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { LessonSources } from './lesson-sources';
import { useModuleMarkdown, useModuleText } from './use-module-text';

/** Finds the URL a module's media file is served from, or undefined if it is not packaged. */
export type ResolveMedia = (moduleId: string, src: string) => string | undefined;

/** What a lesson built from blocks hands the code that draws them (src/features/lesson-blocks, wired in by the app). */
export interface LessonBlocksInput {
  stepId: string;
  blocks: readonly LessonBlock[];
  text: MarkedContentText;
  markdown: ContentMarkdown;
  mediaUrl: (src: string) => string | undefined;
}

interface LessonScreenProps {
  moduleRef: ModuleActorRef;
  step: LessonStep;
  resolveMedia: ResolveMedia;
  /** Draws a lesson's blocks; a lesson with a single body does not need it. */
  renderBlocks?: (input: LessonBlocksInput) => ReactNode;
}

/** A screen of teaching: title, prose, an optional image with alt text, and cited sources. */
export function LessonScreen({ moduleRef, step, resolveMedia, renderBlocks }: LessonScreenProps) {
  const { t } = useTranslation();
  const text = useModuleText(moduleRef);
  const markdown = useModuleMarkdown(moduleRef);
  const moduleId = useSelector(moduleRef, (s) => s.context.module.id);
  const canGoBack = useSelector(moduleRef, (s) => s.can({ type: 'nav.back' }));
  const imageUrl = step.image ? resolveMedia(moduleId, step.image.src) : undefined;
  return (
    <article className="screen lesson">
      <ScreenHeading>{text.node(moduleText.stepTitle(step.id))}</ScreenHeading>
      {imageUrl && (
        <figure className="lesson__figure">
          <img src={imageUrl} alt={text(moduleText.stepImageAlt(step.id))} {...text.mark(moduleText.stepImageAlt(step.id))} />
        </figure>
      )}
      {step.blocks ? (
        renderBlocks?.({ stepId: step.id, blocks: step.blocks, text, markdown, mediaUrl: (src) => resolveMedia(moduleId, src) })
      ) : (
        <Markdown content={markdown(moduleText.stepBody(step.id))} />
      )}
      <LessonSources sourceIds={step.cites} markdown={markdown} />
      <ButtonRow>
        <Button variant="secondary" disabled={!canGoBack} onClick={() => moduleRef.send({ type: 'nav.back' })}>
          {t('nav.back')}
        </Button>
        <Button onClick={() => moduleRef.send({ type: 'nav.next' })}>{t('nav.next')}</Button>
      </ButtonRow>
    </article>
  );
}
