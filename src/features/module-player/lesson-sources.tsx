import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { moduleText } from '../../course/text-keys';
import type { ContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';

interface LessonSourcesProps {
  sourceIds: readonly string[];
  text: ContentText;
}

/** The sources a lesson screen cites, so learners can check the facts. */
export function LessonSources({ sourceIds, text }: LessonSourcesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  if (sourceIds.length === 0) return null;
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('module.lesson.sourcesHeading')}</h2>
      <ul>
        {sourceIds.map((id) => (
          <li key={id}>
            <Markdown text={text(moduleText.source(id))} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
