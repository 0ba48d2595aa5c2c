import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailureBoundary } from '../../components/ui/load-failure-boundary';
import { LoadFailureScreen } from '../../components/ui/load-failure-screen';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { DownloadingNotice } from '../../components/ui/downloading-notice';
import type { InfoScreenId } from './info-screen-table';
import { useInfoScreens } from './info-screens-context';

/**
 * One open screen, with what shows while it downloads and if the download fails. Hidden, not
 * unmounted, while another shows over it, so Back finds it as it was and its heading does not
 * take focus again.
 */
export function InfoScreenView({ id, hidden }: { id: InfoScreenId; hidden: boolean }) {
  const { t, i18n } = useTranslation();
  const { screens, close } = useInfoScreens();
  const { part, failure, loading } = screens[id];
  const back = (): void => close(id);
  return (
    <div hidden={hidden}>
      <LoadFailureBoundary
        onRetry={() => part.preload(i18n)}
        failure={(retry, repeated) => (
          <LoadFailureScreen title={t(failure.title)} body={t(failure.body)} backLabel={t(failure.back)} onRetry={retry} onBack={back} repeated={repeated} />
        )}
      >
        <Suspense fallback={loading ? <DownloadingNotice message={t(loading)} className="loading" scrollToTop /> : <LoadingIndicator />}>
          <part.Component onBack={back} />
        </Suspense>
      </LoadFailureBoundary>
    </div>
  );
}
