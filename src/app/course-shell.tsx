import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { courseNamespace, courseText } from '../course/text-keys';
import { useContentText } from '../lib/i18n/use-content-text';
import { Button } from '../components/ui/button';
import { HelpToggle } from '../components/ui/help-toggle';
import { SkipLink } from '../components/ui/skip-link';
import { TrackingStatusNotice } from '../features/tracking-status/tracking-status-notice';
import { CourseActorContext } from './course-actor-context';

const MAIN_ID = 'main';

/**
 * Page landmarks around every screen: skip link, header with the course title and
 * Menu, main (with the notice that appears if progress stops saving), footer with support.
 */
export function CourseShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const courseRef = CourseActorContext.useActorRef();
  const courseId = CourseActorContext.useSelector((s) => s.context.course.id);
  const canGoToMenu = CourseActorContext.useSelector((s) => s.can({ type: 'nav.menu' }));
  const busy = CourseActorContext.useSelector((s) => s.hasTag('busy'));
  const text = useContentText(courseNamespace(courseId));
  const title = text(courseText.title);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <>
      <SkipLink targetId={MAIN_ID}>{t('app.skipLink')}</SkipLink>
      <header className="site-header">
        <p className="site-header__title">{title}</p>
        <Button variant="secondary" disabled={!canGoToMenu} onClick={() => courseRef.send({ type: 'nav.menu' })}>
          {t('app.menu')}
        </Button>
      </header>
      <main id={MAIN_ID} className="site-main" tabIndex={-1} aria-busy={busy}>
        <TrackingStatusNotice />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.progressSaved')}</p>
        <HelpToggle label={t('app.getSupport')} />
      </footer>
    </>
  );
}
