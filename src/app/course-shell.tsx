import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { courseNamespace, courseText } from '../course/text-keys';
import { useContentText } from '../lib/i18n/use-content-text';
import { Button } from '../components/ui/button';
import { SkipLink } from '../components/ui/skip-link';
import { HeaderMenu } from '../components/ui/header-menu';
import { TrackingStatusNotice } from '../features/tracking-status/tracking-status-notice';
import { BreakNotice } from '../features/help/break-notice';
import { HelpButton } from '../features/help/help-button';
import { HelpPanel } from '../features/help/help-panel';
import { QuickExitButton } from '../features/quick-exit/quick-exit-button';
import { DisplayOptions } from '../features/preferences/display-options';
import { LanguagePicker } from '../features/language/language-picker';
import { ContentReviewed } from '../features/references/content-reviewed';
import { useInfoScreens } from '../features/info-screens/info-screens-context';
import { InfoScreenLink } from '../features/info-screens/info-screen-link';
import { InfoScreensOutlet } from '../features/info-screens/info-screens-outlet';
import { useCourseDriver, useCourseView } from '../lib/course-view/use-course-view';
import { partnershipNamespace, partnershipText } from '../course/text-keys';
import { useOptionalPartnershipBuild } from '../lib/partnership/partnership-context';

const MAIN_ID = 'main';

/**
 * Page landmarks around every screen: skip link, header with the quick exit first,
 * the course title, then "Course menu", "Get help now" (its panel right below the header)
 * and "Display options", which a phone shows behind one "Menu" toggle (HeaderMenu); main
 * (with the notices that appear if progress stops saving or after a break), footer.
 */
export function CourseShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const driver = useCourseDriver();
  const courseId = useCourseView((v) => v.course.id);
  const canGoToMenu = useCourseView((v) => v.can({ type: 'nav.menu' }));
  const screen = useCourseView((v) => v.screen);
  const busy = screen === 'busy';
  const atMenu = screen === 'menu' || screen === 'complete';
  const text = useContentText(courseNamespace(courseId));
  const title = text(courseText.title);
  const infoScreens = useInfoScreens();
  const build = useOptionalPartnershipBuild();
  const partnershipTexts = useContentText(partnershipNamespace);
  const partnershipName = build ? partnershipTexts(partnershipText.name) : '';
  const goToMenu = (): void => {
    // Menu leaves the information screens too; the menu's heading takes focus, not the control that opened them.
    infoScreens.closeAll();
    driver.send({ type: 'nav.menu' });
  };
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <>
      <SkipLink targetId={MAIN_ID}>{t('app.skipLink')}</SkipLink>
      <header className="site-header">
        <div className="site-header__bar">
          <div className="site-header__exit">
            <QuickExitButton />
          </div>
          <p className="site-header__title">
            {build?.logoUrl && <img className="site-header__logo" src={build.logoUrl} alt={partnershipTexts(partnershipText.logoAlt)} />}
            {title}
            {/* Which build this is, so nobody mistakes the national build for a partnership's, or one partnership's for another's. */}
            {partnershipName && <span className="site-header__partnership">{partnershipName}</span>}
          </p>
          <HeaderMenu label={t('app.headerMenu')} closeKey={screen}>
            {/* On the menu itself the button would do nothing: it is left out, not shown disabled. */}
            {!atMenu && (
              <Button variant="secondary" disabled={!canGoToMenu} onClick={goToMenu}>
                {t('app.menu')}
              </Button>
            )}
            <HelpButton label={t('help.openButton')} />
            <DisplayOptions />
            <LanguagePicker />
            <InfoScreenLink screen="references" variant="secondary" />
            <InfoScreenLink screen="about" variant="secondary" />
          </HeaderMenu>
        </div>
      </header>
      <HelpPanel />
      <main id={MAIN_ID} className="site-main" tabIndex={-1} aria-busy={busy}>
        <TrackingStatusNotice />
        <BreakNotice atMenu={atMenu} />
        <InfoScreensOutlet>{children}</InfoScreensOutlet>
      </main>
      <footer className="site-footer">
        <p>{t('app.progressSaved')}</p>
        <p className="site-footer__links">
          <InfoScreenLink screen="statement" />
          <InfoScreenLink screen="references" />
          <InfoScreenLink screen="about" />
        </p>
        {build && <p className="site-footer__build">{t('about.footer', { partnership: partnershipName, version: build.buildInfo.courseVersion })}</p>}
        {atMenu && <ContentReviewed className="site-footer__reviewed" />}
      </footer>
    </>
  );
}
