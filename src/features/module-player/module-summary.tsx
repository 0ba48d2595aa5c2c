import { useId, type ReactNode } from 'react';
import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { ModuleActorRef } from '../../course/machines/module-machine';
import { courseNamespace, courseText } from '../../course/text-keys';
import { moduleText } from '../../course/module-text-keys';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { useContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { useModuleMarkdown, useModuleText } from './use-module-text';
import './module-player.css';

/**
 * The module's end: its key points (`summary.body`) as a card to keep, titled "Key points"
 * for practitioners and "What to do now" for parents and carers, with a Print button (on
 * paper only the card and its titles print, see print.css). Finishing returns to the menu
 * with the module complete.
 */
export function ModuleSummary({ moduleRef, signpost }: { moduleRef: ModuleActorRef; signpost?: ReactNode }) {
  const { t } = useTranslation();
  const text = useModuleText(moduleRef);
  const markdown = useModuleMarkdown(moduleRef);
  const canGoBack = useSelector(moduleRef, (s) => s.can({ type: 'nav.back' }));
  const audience = useCourseView((v) => v.course.audience);
  const courseId = useCourseView((v) => v.course.id);
  const courseTitle = useContentText(courseNamespace(courseId))(courseText.title);
  const title = text(moduleText.introTitle);
  const cardHeadingId = useId();
  const cardTitle = audience === 'parents-and-carers' ? t('module.summary.whatToDoNow') : t('module.summary.keyPoints');
  return (
    <section className="screen module-summary">
      <ScreenHeading>{t('module.summary.title', { title })}</ScreenHeading>
      <section className="key-points-card" aria-labelledby={cardHeadingId}>
        <h2 id={cardHeadingId} className="key-points-card__title">
          {cardTitle}
        </h2>
        <p className="key-points-card__source">{t('module.summary.cardSource', { module: title, course: courseTitle })}</p>
        <Markdown content={markdown(moduleText.summaryBody)} headingLevel={3} />
        {/* On the card, so a printed copy carries the local front door (or, in the national build, how to find it). */}
        {signpost && (
          <>
            <h3>{t('module.summary.localHelp')}</h3>
            {signpost}
          </>
        )}
      </section>
      <ButtonRow>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('module.summary.print', { card: cardTitle })}
        </Button>
      </ButtonRow>
      <ButtonRow>
        <Button variant="secondary" disabled={!canGoBack} onClick={() => moduleRef.send({ type: 'nav.back' })}>
          {t('nav.back')}
        </Button>
        <Button onClick={() => moduleRef.send({ type: 'nav.next' })}>{t('module.summary.finish')}</Button>
      </ButtonRow>
    </section>
  );
}
