import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { DownloadingNotice } from './downloading-notice';

/**
 * What stands in the panel's place until its code is there. Same box and id as the
 * panel (the toggle's aria-controls points at it), and about as tall, so the course
 * below does not jump when the options appear.
 */
export function DisplayOptionsLoading({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="display-options__panel display-options__panel--loading" aria-busy="true">
      <DownloadingNotice message={t('preferences.loading')} />
    </div>
  );
}

interface DisplayOptionsFailureProps {
  id: string;
  onRetry: () => void;
  onClose: () => void;
}

/** The panel could not be downloaded: say so (an alert, as focus stays on the toggle) and offer a retry. */
export function DisplayOptionsFailure({ id, onRetry, onClose }: DisplayOptionsFailureProps) {
  const { t } = useTranslation();
  return (
    <div id={id} className="display-options__panel">
      <p role="alert" className="display-options__intro">
        {t('preferences.loadFailed')}
      </p>
      <div className="display-options__actions">
        <Button variant="primary" onClick={onRetry}>
          {t('app.tryAgain')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('preferences.close')}
        </Button>
      </div>
    </div>
  );
}
