/**
 * The strict Content Security Policy the course must work under in any LMS or host.
 * Every response of the preview server carries it, so a CSP problem shows up in the
 * preview (and fails the browser tests) before it shows up in a customer's LMS.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The preview always serves the latest build; a cached bundle would hide a rebuild.
  'Cache-Control': 'no-store',
};
