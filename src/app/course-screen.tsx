import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotFrom } from 'xstate';
import type { courseMachine } from '../course/machines/course-machine';
import { LoadingIndicator } from '../components/ui/loading-indicator';
import { CourseMenu } from '../features/course-menu/course-menu';
import { CourseComplete } from '../features/course-menu/course-complete';
import { lazyWithTexts } from '../lib/i18n/lazy-with-texts';
import { LoadFailureBoundary } from '../components/ui/load-failure-boundary';
import { LoadFailureScreen } from '../components/ui/load-failure-screen';
import { CourseActorContext } from './course-actor-context';

// Lesson, scenario and question screens, and their texts (locales/<language>/player.json),
// load with the first module a learner opens, so the menu (the first screen) ships and
// starts with less JavaScript.
const lazyModuleScreen = lazyWithTexts(() => import('./module-screen').then((m) => m.ModuleScreen), ['player']);
const lazyFinalAssessmentScreen = lazyWithTexts(() => import('./final-assessment-screen').then((m) => m.FinalAssessmentScreen), ['player']);

type CourseView = 'complete' | 'busy' | 'module' | 'assessment' | 'menu';

// 'complete' first: the complete state also carries the 'menu' tag.
const viewOf = (s: SnapshotFrom<typeof courseMachine>): CourseView => {
  if (s.hasTag('complete')) return 'complete';
  if (s.hasTag('busy')) return 'busy';
  if (s.hasTag('module')) return 'module';
  if (s.hasTag('assessment')) return 'assessment';
  return 'menu';
};

/** Routes the course actor's state to a screen. */
export function CourseScreen() {
  const { t, i18n } = useTranslation();
  const courseRef = CourseActorContext.useActorRef();
  const view = CourseActorContext.useSelector(viewOf);
  const moduleRef = CourseActorContext.useSelector((s) => s.children.module);
  const loadingAssessment = CourseActorContext.useSelector((s) => s.matches('loadingAssessment'));
  // While the module's content loads, its screen's code and texts download alongside it, not after.
  useEffect(() => {
    if (view === 'busy') (loadingAssessment ? lazyFinalAssessmentScreen : lazyModuleScreen).preload(i18n);
  }, [view, loadingAssessment, i18n]);
  // Without the boundaries a lost connection while a module's screens download would leave a blank page.
  const toMenu = (): void => {
    courseRef.send({ type: 'nav.menu' });
  };
  const screenFailure = (retry: () => void) => (
    <LoadFailureScreen title={t('app.loadError.title')} body={t('app.loadError.body')} backLabel={t('nav.backToMenu')} onRetry={retry} onBack={toMenu} />
  );
  switch (view) {
    case 'complete':
      return <CourseComplete courseRef={courseRef} />;
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
      return <CourseMenu courseRef={courseRef} />;
  }
}
