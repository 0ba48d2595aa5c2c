import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useAccessibilityStatement } from './accessibility-statement-context';

/** Opens the accessibility statement (in the footer of every screen). */
export function AccessibilityStatementLink() {
  const { t } = useTranslation();
  const { openStatement } = useAccessibilityStatement();
  return (
    <Button variant="link" className="accessibility-statement-link" onClick={(event) => openStatement(event.currentTarget)}>
      {t('accessibilityStatement.link')}
    </Button>
  );
}
