import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CourseReferences } from '../../course/references';
import { useCourseView } from '../../lib/course-view/use-course-view';
import { lazyWithTexts, type LazyWithTexts } from '../../lib/i18n/lazy-with-texts';
import type { ReferencesScreenProps } from './references-screen';

export interface ReferencesState {
  open: boolean;
  /** Shows References in place of the current screen; focus returns to `opener` when it closes. */
  openReferences(opener: HTMLElement | null): void;
  /** Back to the screen underneath; focus returns to the opener unless the learner is going elsewhere. */
  closeReferences(options?: { returnFocus?: boolean }): void;
  /** The screen with its data: one download of its code, its texts and the course's sources. */
  screen: LazyWithTexts<Pick<ReferencesScreenProps, 'onBack'>>;
}

const ReferencesContext = createContext<ReferencesState | null>(null);

/**
 * Whether the course's References screen is showing. Like the accessibility statement it
 * is a screen of its own, not a modal dialog, so quick exit and help stay one press away.
 * `load` fetches the course's sources (a chunk of its own in a build: src/app/main.tsx).
 */
export function ReferencesProvider({ load, children }: { load: () => Promise<CourseReferences>; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const openReferences = useCallback((from: HTMLElement | null) => {
    opener.current = from;
    setOpen(true);
  }, []);
  const closeReferences = useCallback(({ returnFocus = true }: { returnFocus?: boolean } = {}) => {
    setOpen(false);
    const target = opener.current;
    opener.current = null;
    if (returnFocus && target?.isConnected) target.focus();
  }, []);
  // The screen's code and the sources download together, when the learner first shows intent.
  const screen = useMemo(
    () =>
      lazyWithTexts(
        () =>
          Promise.all([import('./references-screen'), load()]).then(([{ ReferencesScreen }, references]) => {
            function LoadedReferencesScreen({ onBack }: Pick<ReferencesScreenProps, 'onBack'>) {
              const course = useCourseView((v) => v.course);
              return <ReferencesScreen references={references} course={course} onBack={onBack} />;
            }
            return LoadedReferencesScreen;
          }),
        ['player'],
      ),
    [load],
  );
  const value = useMemo(() => ({ open, openReferences, closeReferences, screen }), [open, openReferences, closeReferences, screen]);
  return <ReferencesContext value={value}>{children}</ReferencesContext>;
}

export function useReferences(): ReferencesState {
  const state = use(ReferencesContext);
  if (!state) throw new Error('useReferences needs a <ReferencesProvider> above it (src/app/app.tsx provides one).');
  return state;
}
