import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeHref } from './safe-href';

interface SafeLinkProps {
  href: string;
  children: ReactNode;
}

/**
 * A link to somewhere outside the course. Web pages open in a new tab (and say so,
 * for screen-reader users); email and phone links open in place; anything else is
 * refused and only its text is shown.
 */
export function SafeLink({ href, children }: SafeLinkProps) {
  const { t } = useTranslation();
  const safe = safeHref(href);
  if (!safe) return <>{children}</>;
  if (!safe.opensInNewTab) return <a href={safe.href}>{children}</a>;
  return (
    <a href={safe.href} target="_blank" rel="noopener noreferrer">
      {/* The space sits outside the hidden span so it stays in the link's accessible name. */}
      {children}{' '}
      <span className="visually-hidden">{t('a11y.opensInNewTab')}</span>
    </a>
  );
}
