import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailureBoundary } from '../../components/ui/load-failure-boundary';
import { LoadFailureScreen } from '../../components/ui/load-failure-screen';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { useAbout } from './about-context';

/** Where "About this course" shows: in place of the current screen, which stays mounted but hidden. */
export function AboutOutlet({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { open, closeAbout, screen } = useAbout();
  const back = (): void => closeAbout();
  return (
    <>
      {open && (
        <LoadFailureBoundary
          onRetry={() => screen.preload(i18n)}
          failure={(retry) => (
            <LoadFailureScreen title={t('app.loadError.title')} body={t('about.loadFailed')} backLabel={t('nav.back')} onRetry={retry} onBack={back} />
          )}
        >
          <Suspense fallback={<LoadingIndicator />}>
            <screen.Component onBack={back} />
          </Suspense>
        </LoadFailureBoundary>
      )}
      <div hidden={open}>{children}</div>
    </>
  );
}
