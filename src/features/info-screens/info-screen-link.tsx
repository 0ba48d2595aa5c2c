import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import type { InfoScreenId } from './info-screen-table';
import { useInfoScreens } from './info-screens-context';

interface InfoScreenLinkProps {
  screen: InfoScreenId;
  /** `link` in the footer, `secondary` among the header's buttons. */
  variant?: 'link' | 'secondary';
}

/** Opens an information screen, having started its download as soon as the learner showed intent. */
export function InfoScreenLink({ screen, variant = 'link' }: InfoScreenLinkProps) {
  const { t, i18n } = useTranslation();
  const { screens, open } = useInfoScreens();
  const { part, link } = screens[screen];
  const preload = usePreloadOnIntent(part);
  return (
    <Button
      variant={variant}
      className={link.className}
      {...preload}
      onClick={(event) => {
        // Also starts again a download that failed last time it was opened.
        part.preload(i18n);
        open(screen, event.currentTarget);
      }}
    >
      {t(link.label)}
    </Button>
  );
}
