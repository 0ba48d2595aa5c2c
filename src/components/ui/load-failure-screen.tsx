import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { ButtonRow } from './button-row';
import { ReopenAdvice } from './reopen-advice';
import { ScreenHeading } from './screen-heading';

interface LoadFailureScreenProps {
  title: string;
  body: string;
  /** Label of the way out ("Back to the menu", "Back to the course"). */
  backLabel: string;
  onRetry: () => void;
  onBack: () => void;
  /** Trying again has failed too: say how to start afresh (ReopenAdvice). */
  repeated?: boolean;
}

/**
 * In place of a screen whose download failed (a lost connection): says what happened
 * and offers to try again or go back. A screen of its own, whose heading takes focus
 * like any other, so a screen-reader user hears what happened. Progress is untouched.
 */
export function LoadFailureScreen({ title, body, backLabel, onRetry, onBack, repeated = false }: LoadFailureScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="load-failure">
      <ScreenHeading>{title}</ScreenHeading>
      <p>{body}</p>
      {repeated && <ReopenAdvice />}
      <ButtonRow>
        <Button variant="primary" onClick={onRetry}>
          {t('app.tryAgain')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {backLabel}
        </Button>
      </ButtonRow>
    </section>
  );
}
