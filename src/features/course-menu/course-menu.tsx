import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { courseNamespace, courseText } from '../../course/text-keys';
import { useContentText } from '../../lib/i18n/use-content-text';
import { Paragraphs } from '../../lib/markdown/paragraphs';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { ModuleListItem } from './module-list-item';
import { AssessmentEntry } from './assessment-entry';
import type { ModuleFacts } from '../../course/module-facts';
import { SeededCover } from '../../components/ui/art/seeded-cover';
import { Button } from '../../components/ui/button';
import { ReopenAdvice } from '../../components/ui/reopen-advice';
import { isCourseComplete } from '../../course/machines/course-rules';

/** A card's cover, when the module has one (otherwise the card shows a panel with its number). */
const coverFor = (moduleId: string, facts: ModuleFacts | undefined) =>
  facts?.cover ? <SeededCover seedId={moduleId} motif={facts.cover.motif} palette={facts.cover.palette} className="module-card__cover-art" /> : undefined;

/** The course home: what the course is, its modules with their status, and the final assessment. */
interface CourseMenuProps {
  moduleFacts?: Record<string, ModuleFacts>;
  /** A loaded module's step ids, to show how far through a started module the learner is (AppContent.moduleSteps). */
  moduleSteps?: ((moduleId: string) => readonly string[] | undefined) | undefined;
  onReviewCompletion?: () => void;
}

export function CourseMenu({ moduleFacts = {}, moduleSteps, onReviewCompletion }: CourseMenuProps) {
  const { t } = useTranslation();
  const course = useCourseView((v) => v.course);
  const loadFailed = useCourseView((v) => v.loadFailed);
  const text = useContentText(courseNamespace(course.id));
  const complete = useCourseView((v) => isCourseComplete(v.course, v.progress));
  const completeHeadingId = useId();
  return (
    <section className="screen course-menu">
      <ScreenHeading>{text(courseText.title)}</ScreenHeading>
      {loadFailed && (
        <div className="alert" role="alert">
          <h2>{t('app.loadError.title')}</h2>
          <p>{t('app.loadError.menuBody')}</p>
          {/* The menu cannot tell a first failure from a repeated one (the next click tries again), so the advice is always there. */}
          <ReopenAdvice />
        </div>
      )}
      <Paragraphs text={text(courseText.description)} />
      <h2>{t('menu.modulesHeading')}</h2>
      <ol className="module-list">
        {course.modules.map((moduleRef, i) => (
          <ModuleListItem
            key={moduleRef.id}
            moduleRef={moduleRef}
            number={i + 1}
            text={text}
            facts={moduleFacts[moduleRef.id]}
            stepIds={moduleSteps?.(moduleRef.id)}
            cover={coverFor(moduleRef.id, moduleFacts[moduleRef.id])}
          />
        ))}
      </ol>
      {course.finalAssessment && <AssessmentEntry settings={course.finalAssessment} text={text} />}
      {/* A learner who finished in an earlier session can go back to the course's end for their certificate. */}
      {complete && onReviewCompletion && (
        <section className="course-menu__complete" aria-labelledby={completeHeadingId}>
          <h2 id={completeHeadingId}>{t('complete.title')}</h2>
          <Button onClick={onReviewCompletion}>{t('menu.completeAgain')}</Button>
        </section>
      )}
    </section>
  );
}
