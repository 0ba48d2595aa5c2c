/**
 * A tiny element builder. Text always goes in through textContent and attributes
 * through setAttribute, so nothing is ever parsed as HTML (and nothing needs the
 * CSP's forbidden inline styles or scripts).
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child): child is Node | string => Boolean(child) || child === ''));
  return element;
}
