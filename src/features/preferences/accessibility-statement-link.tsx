import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import { useAccessibilityStatement } from './accessibility-statement-context';
import { lazyStatement } from './lazy-statement';

/** Opens the accessibility statement (in the footer of every screen). */
export function AccessibilityStatementLink() {
  const { t, i18n } = useTranslation();
  const { openStatement } = useAccessibilityStatement();
  const preload = usePreloadOnIntent(lazyStatement);
  return (
    <Button
      variant="link"
      className="accessibility-statement-link"
      {...preload}
      onClick={(event) => {
        // Also starts again a download that failed last time it was opened.
        lazyStatement.preload(i18n);
        openStatement(event.currentTarget);
      }}
    >
      {t('accessibilityStatement.link')}
    </Button>
  );
}
