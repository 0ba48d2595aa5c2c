/** A copy of `order` with the item at `from` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem(order: readonly string[], from: number, step: -1 | 1): string[] {
  const to = from + step;
  const next = [...order];
  const item = next[from];
  const other = next[to];
  if (item === undefined || other === undefined) return next;
  next[from] = other;
  next[to] = item;
  return next;
}
