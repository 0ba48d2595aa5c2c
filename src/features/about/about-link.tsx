import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { usePreloadOnIntent } from '../../lib/i18n/use-preload-on-intent';
import { useAbout } from './about-context';

interface AboutLinkProps {
  /** `link` in the footer, `secondary` among the header's buttons. */
  variant?: 'link' | 'secondary';
  /** Called just before the screen opens (to leave another full-page screen). */
  onOpen?: () => void;
}

/** Opens "About this course": which partnership, course version and build date this is. */
export function AboutLink({ variant = 'link', onOpen }: AboutLinkProps) {
  const { t, i18n } = useTranslation();
  const { openAbout, screen } = useAbout();
  const preload = usePreloadOnIntent(screen);
  return (
    <Button
      variant={variant}
      className="about-link"
      {...preload}
      onClick={(event) => {
        onOpen?.();
        screen.preload(i18n);
        openAbout(event.currentTarget);
      }}
    >
      {t('about.link')}
    </Button>
  );
}
