import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { moduleText } from '../../course/text-keys';
import { Markdown } from '../../lib/markdown/markdown';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';

interface LessonSourcesProps {
  sourceIds: readonly string[];
  markdown: ContentMarkdown;
}

/** The sources a lesson screen cites, so learners can check the facts. */
export function LessonSources({ sourceIds, markdown }: LessonSourcesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  if (sourceIds.length === 0) return null;
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('module.lesson.sourcesHeading')}</h2>
      <ul>
        {sourceIds.map((id) => (
          <li key={id}>
            <Markdown content={markdown(moduleText.source(id))} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
