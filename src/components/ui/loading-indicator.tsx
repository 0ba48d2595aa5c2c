import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown while a module or question bank loads. It replaces a long screen (the menu)
 * with a short one: taking the page back to the top before it paints keeps the
 * footer from jumping up into view from where the learner had scrolled (a layout shift).
 */
export function LoadingIndicator() {
  const { t } = useTranslation();
  useLayoutEffect(() => {
    const page = document.scrollingElement ?? document.documentElement;
    page.scrollTop = 0;
  }, []);
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
