import './references.css';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import type { CourseReferences } from '../../course/references';
import type { Course } from '../../course/schema/course-schema';
import { courseNamespace, courseText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import { ReviewDate } from './review-date';

export interface ReferencesScreenProps {
  references: CourseReferences;
  /** Passed in, not read from the course view here: this chunk then needs none of the view's code. */
  course: Course;
  onBack: () => void;
}

/**
 * Every source of every module, once, sorted by author or publisher, each with the
 * modules that cite it and the course's "content last reviewed" date above the list.
 */
export function ReferencesScreen({ references, course, onBack }: ReferencesScreenProps) {
  const { t, i18n } = useTranslation();
  const text = useContentText(courseNamespace(course.id));
  const language = i18n.resolvedLanguage ?? i18n.language;
  const list = references[language] ?? references[course.locales[0] ?? ''] ?? [];
  const names = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <article className="screen references">
      <ScreenHeading>{t('references.title')}</ScreenHeading>
      <p>{t('references.intro', { count: list.length })}</p>
      {course.lastReviewed && <ReviewDate isoDate={course.lastReviewed} className="references__reviewed" />}
      <ul className="reference-list">
        {list.map((reference) => (
          <li key={reference.id} className="reference-list__item">
            <Markdown content={reference.citation} headingLevel={3} />
            <p className="reference-list__modules">
              {t('references.citedIn', { modules: names.format(reference.modules.map((id) => text(courseText.moduleTitle(id)))) })}
            </p>
          </li>
        ))}
      </ul>
      <ButtonRow>
        <Button onClick={onBack}>{t('nav.back')}</Button>
      </ButtonRow>
    </article>
  );
}
