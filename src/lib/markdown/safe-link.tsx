import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isolateNumbers } from './isolate-numbers';
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
export function SafeLink({ href, children: content }: SafeLinkProps) {
  const { t } = useTranslation();
  // A phone number in the link's words stays left to right in a right-to-left language.
  const children = typeof content === 'string' ? isolateNumbers(content) : content;
  const safe = safeHref(href);
  if (!safe) return <>{children}</>;
  if (!safe.opensInNewTab) return <a href={safe.href}>{children}</a>;
  return (
    <a href={safe.href} target="_blank" rel="noopener noreferrer">
      {/* The space is hidden with the words: a visible one would be underlined before the
          punctuation that follows the link ("Report Remove ,"). Browsers still put a space
          between the words in the accessible name, as the hidden span is a block of its own. */}
      {children}
      <span className="visually-hidden"> {t('a11y.opensInNewTab')}</span>
    </a>
  );
}
