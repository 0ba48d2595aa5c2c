import { useMemo } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { courseMachine, type CourseInput } from '../course/machines/course-machine';
import { AnnouncerProvider } from '../components/ui/announcer';
import { ScreenFocusProvider } from '../components/ui/screen-focus';
import { AccessibilityStatementProvider } from '../features/preferences/accessibility-statement-context';
import { AppContentContext, type AppContent } from './app-content-context';
import { CourseActorContext } from './course-actor-context';
import { CourseShell } from './course-shell';
import { CourseScreen } from './course-screen';
import type { ContentActors } from './content-loaders';
import { TrackingConnection } from './tracking-connection';
import type { TrackingSeam } from './tracking-seam';

export interface AppProps {
  i18n: i18n;
  input: CourseInput;
  contentActors: ContentActors;
  content: AppContent;
  tracking: TrackingSeam;
}

/** Providers (i18n, content lookups, live region, screen focus, the course actor) around the shell. */
export function App({ i18n, input, contentActors, content, tracking }: AppProps) {
  const logic = useMemo(() => courseMachine.provide({ actors: contentActors }), [contentActors]);
  return (
    <I18nextProvider i18n={i18n}>
      <AppContentContext value={content}>
        <AnnouncerProvider>
          <ScreenFocusProvider>
            <CourseActorContext.Provider logic={logic} options={{ input }}>
              <TrackingConnection tracking={tracking} />
              <AccessibilityStatementProvider>
                <CourseShell>
                  <CourseScreen />
                </CourseShell>
              </AccessibilityStatementProvider>
            </CourseActorContext.Provider>
          </ScreenFocusProvider>
        </AnnouncerProvider>
      </AppContentContext>
    </I18nextProvider>
  );
}
