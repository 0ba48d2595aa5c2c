import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { AnnouncerProvider } from '../components/ui/announcer';
import { ScreenFocusProvider } from '../components/ui/screen-focus';
import { InfoScreensProvider } from '../features/info-screens/info-screens-context';
import { AppContentContext, type AppContent } from './app-content-context';
import { CourseDriverContext } from '../lib/course-view/use-course-view';
import { CourseShell } from './course-shell';
import { CourseScreen } from './course-screen';
import type { CourseDriver } from '../course/view/course-view';
import { LanguageContext, type LanguageChoice } from '../features/language/language-context';

export interface AppProps {
  i18n: i18n;
  /** The course the screens show and send the learner's events to (src/app/course-driver.ts). */
  course: CourseDriver;
  content: AppContent;
  /** The languages the build ships and how to switch; without it (one language) there is no picker. */
  language?: LanguageChoice;
}

/** Providers (i18n, content lookups, live region, screen focus, the course) around the shell. */
export function App({ i18n, course, content, language }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext value={language ?? null}>
      <AppContentContext value={content}>
        <AnnouncerProvider>
          <ScreenFocusProvider>
            <CourseDriverContext value={course}>
              <InfoScreensProvider loadReferences={content.loadReferences}>
                <CourseShell>
                  <CourseScreen />
                </CourseShell>
              </InfoScreensProvider>
            </CourseDriverContext>
          </ScreenFocusProvider>
        </AnnouncerProvider>
      </AppContentContext>
      </LanguageContext>
    </I18nextProvider>
  );
}
