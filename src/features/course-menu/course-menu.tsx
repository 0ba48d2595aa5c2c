import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { CourseActorRef } from '../../course/machines/course-machine';
import { courseNamespace, courseText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import { Paragraphs } from '../../lib/markdown/paragraphs';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { ModuleListItem } from './module-list-item';
import { AssessmentEntry } from './assessment-entry';

/** The course home: what the course is, its modules with their status, and the final assessment. */
export function CourseMenu({ courseRef }: { courseRef: CourseActorRef }) {
  const { t } = useTranslation();
  const course = useSelector(courseRef, (s) => s.context.course);
  const loadFailed = useSelector(courseRef, (s) => s.context.loadError !== null);
  const text = useContentText(courseNamespace(course.id));
  return (
    <section className="screen course-menu">
      <ScreenHeading>{text(courseText.title)}</ScreenHeading>
      {loadFailed && (
        <div className="alert" role="alert">
          <h2>{t('app.loadError.title')}</h2>
          <p>{t('app.loadError.body')}</p>
        </div>
      )}
      <Paragraphs text={text(courseText.description)} />
      <h2>{t('menu.modulesHeading')}</h2>
      <ol className="module-list">
        {course.modules.map((moduleRef, i) => (
          <ModuleListItem key={moduleRef.id} courseRef={courseRef} moduleRef={moduleRef} number={i + 1} text={text} />
        ))}
      </ol>
      {course.finalAssessment && <AssessmentEntry courseRef={courseRef} settings={course.finalAssessment} text={text} />}
    </section>
  );
}
