import type { CourseReferences } from '../../course/references';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { lazyWithTexts, type LazyWithTexts } from '../../lib/i18n/lazy-with-texts';

/**
 * The References screen with its data: its code, its texts (player.json) and the course's
 * sources (`load`, a chunk of its own in a build: src/app/main.tsx) download together, in
 * one go, when the learner first shows intent; a failure of either is one failed download.
 */
export function lazyReferences(load: () => Promise<CourseReferences>): LazyWithTexts<{ onBack: () => void }> {
  return lazyWithTexts(
    () =>
      Promise.all([import('./references-screen'), load()]).then(([{ ReferencesScreen }, references]) => {
        function LoadedReferencesScreen({ onBack }: { onBack: () => void }) {
          const course = useCourseView((v) => v.course);
          return <ReferencesScreen references={references} course={course} onBack={onBack} />;
        }
        return LoadedReferencesScreen;
      }),
    ['player'],
  );
}
