import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { ScreenHeading } from '../../components/ui/screen-heading';

interface StatementLoadFailureProps {
  onRetry: () => void;
  onBack: () => void;
}

/**
 * In place of the statement when it could not be downloaded. A screen of its own,
 * whose heading takes focus like any other, so a screen-reader user hears what happened.
 */
export function StatementLoadFailure({ onRetry, onBack }: StatementLoadFailureProps) {
  const { t } = useTranslation();
  return (
    <section className="load-failure">
      <ScreenHeading>{t('accessibilityStatement.loadFailed.title')}</ScreenHeading>
      <p>{t('accessibilityStatement.loadFailed.body')}</p>
      <ButtonRow>
        <Button variant="primary" onClick={onRetry}>
          {t('app.tryAgain')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t('accessibilityStatement.back')}
        </Button>
      </ButtonRow>
    </section>
  );
}
