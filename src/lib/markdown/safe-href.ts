/** A link destination that is safe to render, and how to open it. */
export interface SafeHref {
  href: string;
  /** Web pages open in a new tab so the course (and the LMS around it) stays open. */
  opensInNewTab: boolean;
}

const NEW_TAB_PROTOCOLS = new Set(['https:', 'http:']);
const SAME_TAB_PROTOCOLS = new Set(['mailto:', 'tel:']);

/**
 * Allow web, email and phone links only. Everything else (javascript:, data:,
 * vbscript:, relative paths that would navigate the course frame away) is refused,
 * and the link text is shown without a link.
 */
export function safeHref(raw: string): SafeHref | null {
  let url: URL;
  try {
    // No base URL: a relative destination throws and is refused.
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (NEW_TAB_PROTOCOLS.has(url.protocol)) return { href: url.href, opensInNewTab: true };
  if (SAME_TAB_PROTOCOLS.has(url.protocol)) return { href: url.href, opensInNewTab: false };
  return null;
}
