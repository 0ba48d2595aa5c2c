import { lazy, Suspense } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { courseMachine } from '../course/machines/course-machine';
import { LoadingIndicator } from '../components/ui/loading-indicator';
import { CourseMenu } from '../features/course-menu/course-menu';
import { CourseComplete } from '../features/course-menu/course-complete';
import { CourseActorContext } from './course-actor-context';

// Lesson, scenario and question screens load with the first module a learner opens,
// so the menu (the first screen) ships and starts with less JavaScript.
const ModuleScreen = lazy(() => import('./module-screen').then((m) => ({ default: m.ModuleScreen })));
const FinalAssessmentScreen = lazy(() => import('./final-assessment-screen').then((m) => ({ default: m.FinalAssessmentScreen })));

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
  const courseRef = CourseActorContext.useActorRef();
  const view = CourseActorContext.useSelector(viewOf);
  const moduleRef = CourseActorContext.useSelector((s) => s.children.module);
  switch (view) {
    case 'complete':
      return <CourseComplete courseRef={courseRef} />;
    case 'busy':
      return <LoadingIndicator />;
    case 'module':
      return moduleRef ? (
        <Suspense fallback={<LoadingIndicator />}>
          <ModuleScreen key={moduleRef.id} moduleRef={moduleRef} onTakeBreak={() => courseRef.send({ type: 'nav.menu' })} />
        </Suspense>
      ) : null;
    case 'assessment':
      return (
        <Suspense fallback={<LoadingIndicator />}>
          <FinalAssessmentScreen />
        </Suspense>
      );
    case 'menu':
      return <CourseMenu courseRef={courseRef} />;
  }
}
