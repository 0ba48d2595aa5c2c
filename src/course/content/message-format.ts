/** Small formatting helpers shared by problem messages. */

/** `"a"`, `"a", "b"`; long lists are cut so one message stays one readable line. */
export function quoteList(items: readonly string[], limit = 12): string {
  if (items.length === 0) return '(none)';
  const shown = items.slice(0, limit).map((item) => `"${item}"`);
  return items.length > limit ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** A short, quoted rendering of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'a mapping (key: value pairs)';
}
