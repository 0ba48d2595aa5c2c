import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import { useReferences } from './references-context';

interface ReferencesLinkProps {
  /** `link` in the footer, `secondary` among the header's buttons. */
  variant?: 'link' | 'secondary';
  /** Called just before References opens (e.g. to leave another full-page screen). */
  onOpen?: () => void;
}

/** Opens the course's References screen: every source the course uses, once. */
export function ReferencesLink({ variant = 'link', onOpen }: ReferencesLinkProps) {
  const { t, i18n } = useTranslation();
  const { openReferences, screen } = useReferences();
  const preload = usePreloadOnIntent(screen);
  return (
    <Button
      variant={variant}
      className="references-link"
      {...preload}
      onClick={(event) => {
        onOpen?.();
        // Also starts again a download that failed last time it was opened.
        screen.preload(i18n);
        openReferences(event.currentTarget);
      }}
    >
      {t('references.link')}
    </Button>
  );
}
