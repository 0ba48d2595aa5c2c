import { useTranslation } from 'react-i18next';
import { moduleText } from '../../course/module-text-keys';
import { Markdown } from '../../lib/markdown/markdown';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';

interface LessonSourcesProps {
  sourceIds: readonly string[];
  markdown: ContentMarkdown;
}

/**
 * The sources a lesson screen cites, so learners can check the facts: collapsed under
 * "Sources (n)" so a screen leads with what it teaches. A native disclosure: keyboard,
 * screen readers ("collapsed"/"expanded") and find-in-page work without any script.
 */
export function LessonSources({ sourceIds, markdown }: LessonSourcesProps) {
  const { t } = useTranslation();
  if (sourceIds.length === 0) return null;
  return (
    <details className="sources">
      <summary className="sources__summary">{t('module.lesson.sourcesSummary', { count: sourceIds.length })}</summary>
      <ul className="sources__list">
        {sourceIds.map((id) => (
          <li key={id}>
            <Markdown content={markdown(moduleText.source(id))} headingLevel={3} />
          </li>
        ))}
      </ul>
    </details>
  );
}
