/**
 * Markdown text may contain character references ("Tom &amp; Jerry", "&ndash;").
 * marked leaves them for its HTML renderer; React renders text literally, so the
 * build (compile-markdown.ts) decodes them. Unknown names stay as written, which is
 * what a browser shows.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  pound: '£',
  euro: '€',
  copy: '©',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

const fromCodePoint = (codePoint: number, original: string): string =>
  codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? String.fromCodePoint(codePoint) : original;

export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return fromCodePoint(Number.parseInt(decimal, 10), match);
    if (hex) return fromCodePoint(Number.parseInt(hex, 16), match);
    return (name && NAMED[name]) ?? match;
  });
}
