import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccessibilityStatement } from './accessibility-statement-context';
import { DownloadingNotice } from './downloading-notice';
import { lazyStatement } from './lazy-statement';
import { LoadFailureBoundary } from '../../components/ui/load-failure-boundary';
import { LoadFailureScreen } from '../../components/ui/load-failure-screen';

/**
 * Where the statement shows: in place of the current screen, which is hidden but kept
 * mounted, so that going back finds it exactly as it was (answers, open panels) and
 * does not pull focus to its heading again.
 */
export function AccessibilityStatementOutlet({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { open, closeStatement } = useAccessibilityStatement();
  const back = (): void => closeStatement();
  return (
    <>
      {open && (
        <LoadFailureBoundary onRetry={() => lazyStatement.preload(i18n)} failure={(retry) => (
            <LoadFailureScreen
              title={t('accessibilityStatement.loadFailed.title')}
              body={t('accessibilityStatement.loadFailed.body')}
              backLabel={t('accessibilityStatement.back')}
              onRetry={retry}
              onBack={back}
            />
          )}
        >
          <Suspense fallback={<DownloadingNotice message={t('accessibilityStatement.loading')} className="loading" scrollToTop />}>
            <lazyStatement.Component onBack={back} />
          </Suspense>
        </LoadFailureBoundary>
      )}
      <div hidden={open}>{children}</div>
    </>
  );
}
