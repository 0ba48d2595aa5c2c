import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useQuickExit } from './quick-exit-context';
import { useEscapeTwice } from './use-escape-twice';

/**
 * "Exit this page": leaves the course at once for a neutral website, as safeguarding
 * websites do, and so does pressing Escape twice anywhere in the course. The hint
 * (read by screen readers with the button) tells keyboard users about the shortcut.
 */
export function QuickExitButton() {
  const { t } = useTranslation();
  const exit = useQuickExit();
  const hintId = useId();
  useEscapeTwice(exit);
  return (
    <>
      <Button className="quick-exit" aria-describedby={hintId} onClick={exit}>
        {t('quickExit.button')}
      </Button>
      <span id={hintId} className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </>
  );
}
