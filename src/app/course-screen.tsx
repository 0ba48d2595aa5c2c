import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingIndicator } from '../components/ui/loading-indicator';
import { CourseMenu } from '../features/course-menu/course-menu';
import { lazyWithTexts } from '../lib/i18n/lazy-with-texts';
import { LoadFailureBoundary } from '../components/ui/load-failure-boundary';
import { LoadFailureScreen } from '../components/ui/load-failure-screen';
import { useCourseDriver, useCourseView } from '../lib/course-view/use-course-view';
import { useAppContent } from './app-content-context';

// Lesson, scenario and question screens, and their texts (locales/<language>/player.json),
// load with the first module a learner opens, so the menu (the first screen) ships and
// starts with less JavaScript.
const lazyModuleScreen = lazyWithTexts(() => import('./module-screen').then((m) => m.ModuleScreen), ['player']);
const lazyFinalAssessmentScreen = lazyWithTexts(() => import('./final-assessment-screen').then((m) => m.FinalAssessmentScreen), ['player']);
// The course's end is reached only through the machine, never on the first screen: its code downloads then.
const lazyCompletionScreen = lazyWithTexts(() => import('./completion-screen').then((m) => m.CompletionScreen), ['player']);

/** Routes the course's state to a screen. */
export function CourseScreen() {
  const { t, i18n } = useTranslation();
  const driver = useCourseDriver();
  const { moduleFacts, moduleSteps } = useAppContent();
  const view = useCourseView((v) => v.screen);
  const moduleRef = useCourseView((v) => v.moduleRef);
  const loadingAssessment = useCourseView((v) => v.loadingAssessment);
  // A learner who finished earlier goes back to the course's end from the menu: the course stays on its menu.
  const [reviewingCompletion, setReviewingCompletion] = useState(false);
  useEffect(() => {
    if (view !== 'menu') setReviewingCompletion(false);
  }, [view]);
  // While the module's content loads, its screen's code and texts download alongside it, not after.
  useEffect(() => {
    if (view === 'busy') (loadingAssessment ? lazyFinalAssessmentScreen : lazyModuleScreen).preload(i18n);
    // During the final assessment, so the course's end is there the moment it is passed.
    if (view === 'assessment') lazyCompletionScreen.preload(i18n);
  }, [view, loadingAssessment, i18n]);
  // Without the boundaries a lost connection while a module's screens download would leave a blank page.
  const toMenu = (): void => {
    driver.send({ type: 'nav.menu' });
  };
  const screenFailure = (retry: () => void, repeated: boolean) => (
    <LoadFailureScreen title={t('app.loadError.title')} body={t('app.loadError.body')} backLabel={t('nav.backToMenu')} onRetry={retry} onBack={toMenu} repeated={repeated} />
  );
  function completionScreen(onBackToMenu?: () => void) {
    return (
      <LoadFailureBoundary onRetry={() => lazyCompletionScreen.preload(i18n)} failure={screenFailure}>
        <Suspense fallback={<LoadingIndicator />}>
          <lazyCompletionScreen.Component {...(onBackToMenu ? { onBackToMenu } : {})} />
        </Suspense>
      </LoadFailureBoundary>
    );
  }
  switch (view) {
    case 'complete':
      return completionScreen();
    case 'busy':
      return <LoadingIndicator />;
    case 'module':
      return moduleRef ? (
        <LoadFailureBoundary onRetry={() => lazyModuleScreen.preload(i18n)} failure={screenFailure}>
          <Suspense fallback={<LoadingIndicator />}>
            <lazyModuleScreen.Component key={moduleRef.id} moduleRef={moduleRef} onTakeBreak={toMenu} />
          </Suspense>
        </LoadFailureBoundary>
      ) : null;
    case 'assessment':
      return (
        <LoadFailureBoundary onRetry={() => lazyFinalAssessmentScreen.preload(i18n)} failure={screenFailure}>
          <Suspense fallback={<LoadingIndicator />}>
            <lazyFinalAssessmentScreen.Component />
          </Suspense>
        </LoadFailureBoundary>
      );
    case 'menu':
      if (reviewingCompletion) return completionScreen(() => setReviewingCompletion(false));
      return <CourseMenu moduleFacts={moduleFacts} moduleSteps={moduleSteps} onReviewCompletion={() => setReviewingCompletion(true)} />;
  }
}
