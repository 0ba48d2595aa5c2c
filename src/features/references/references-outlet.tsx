import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailureBoundary } from '../../components/ui/load-failure-boundary';
import { LoadFailureScreen } from '../../components/ui/load-failure-screen';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { useReferences } from './references-context';

/**
 * Where References shows: in place of the current screen, which stays mounted but hidden,
 * so going back finds it exactly as it was (answers, open disclosures, scroll position aside).
 */
export function ReferencesOutlet({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { open, closeReferences, screen } = useReferences();
  const back = (): void => closeReferences();
  return (
    <>
      {open && (
        <LoadFailureBoundary
          onRetry={() => screen.preload(i18n)}
          failure={(retry) => (
            <LoadFailureScreen title={t('app.loadError.title')} body={t('references.loadFailed')} backLabel={t('nav.back')} onRetry={retry} onBack={back} />
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
