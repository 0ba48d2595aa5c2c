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
import { useAccessibilityStatement } from '../features/preferences/accessibility-statement-context';
import { AccessibilityStatementLink } from '../features/preferences/accessibility-statement-link';
import { AccessibilityStatementOutlet } from '../features/preferences/accessibility-statement-outlet';
import { ContentReviewed } from '../features/references/content-reviewed';
import { useReferences } from '../features/references/references-context';
import { ReferencesLink } from '../features/references/references-link';
import { ReferencesOutlet } from '../features/references/references-outlet';
import { useCourseDriver, useCourseView } from '../lib/course-view/use-course-view';
import { partnershipNamespace, partnershipText } from '../course/text-keys';
import { useAbout } from '../features/about/about-context';
import { AboutLink } from '../features/about/about-link';
import { AboutOutlet } from '../features/about/about-outlet';
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
  const statement = useAccessibilityStatement();
  const references = useReferences();
  const about = useAbout();
  const build = useOptionalPartnershipBuild();
  const partnershipTexts = useContentText(partnershipNamespace);
  const partnershipName = build ? partnershipTexts(partnershipText.name) : '';
  // References and About show under the statement (Back from the statement returns to it), so opening one leaves the statement.
  const leaveStatement = (): void => statement.closeStatement({ returnFocus: false });
  const leaveForAbout = (): void => {
    leaveStatement();
    references.closeReferences({ returnFocus: false });
  };
  const leaveForReferences = (): void => {
    leaveStatement();
    about.closeAbout({ returnFocus: false });
  };
  const goToMenu = (): void => {
    // Menu leaves the statement and References too; the menu's heading takes focus, not the link that opened them.
    statement.closeStatement({ returnFocus: false });
    references.closeReferences({ returnFocus: false });
    about.closeAbout({ returnFocus: false });
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
            <ReferencesLink variant="secondary" onOpen={leaveForReferences} />
            <AboutLink variant="secondary" onOpen={leaveForAbout} />
          </HeaderMenu>
        </div>
      </header>
      <HelpPanel />
      <main id={MAIN_ID} className="site-main" tabIndex={-1} aria-busy={busy}>
        <TrackingStatusNotice />
        <BreakNotice atMenu={atMenu} />
        <AccessibilityStatementOutlet>
          <ReferencesOutlet>
            <AboutOutlet>{children}</AboutOutlet>
          </ReferencesOutlet>
        </AccessibilityStatementOutlet>
      </main>
      <footer className="site-footer">
        <p>{t('app.progressSaved')}</p>
        <p className="site-footer__links">
          <AccessibilityStatementLink />
          <ReferencesLink onOpen={leaveForReferences} />
          <AboutLink onOpen={leaveForAbout} />
        </p>
        {build && <p className="site-footer__build">{t('about.footer', { partnership: partnershipName, version: build.buildInfo.courseVersion })}</p>}
        {atMenu && <ContentReviewed className="site-footer__reviewed" />}
      </footer>
    </>
  );
}
