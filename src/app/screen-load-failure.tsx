import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button';
import { ButtonRow } from '../components/ui/button-row';
import { ScreenHeading } from '../components/ui/screen-heading';

interface ScreenLoadFailureProps {
  onRetry: () => void;
  onMenu: () => void;
}

/**
 * In place of a module or the final assessment when its screens could not be
 * downloaded (a lost connection): says so, and offers to try again or go back to the
 * menu. Progress is untouched. Its heading takes focus like any screen's.
 */
export function ScreenLoadFailure({ onRetry, onMenu }: ScreenLoadFailureProps) {
  const { t } = useTranslation();
  return (
    <section className="load-failure">
      <ScreenHeading>{t('app.loadError.title')}</ScreenHeading>
      <p>{t('app.loadError.body')}</p>
      <ButtonRow>
        <Button variant="primary" onClick={onRetry}>
          {t('app.tryAgain')}
        </Button>
        <Button variant="secondary" onClick={onMenu}>
          {t('nav.backToMenu')}
        </Button>
      </ButtonRow>
    </section>
  );
}
