/**
 * A partnership's contact (partnership.yaml `contact`: an email address or an https:// page) as a
 * link target: `mailto:` for an email address, the page itself otherwise. Kept apart from the
 * schema, so the screens that show it do not bring the schema library with them.
 */
export const contactHref = (contact: string): string => (contact.startsWith('https://') ? contact : `mailto:${contact}`);
