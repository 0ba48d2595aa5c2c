import type { ReactNode } from 'react';

/**
 * Digits in groups with spaces between ("0800 1111", "020 8461 7373"). In a right-to-left
 * paragraph (Urdu) the bidirectional algorithm would lay the groups out right to left,
 * showing "1111 0800": the spaces between them take the paragraph's direction.
 */
const GROUPED_NUMBER = /\d+(?: \d+)+/g;

/**
 * A text with each grouped number isolated and kept left to right (`<bdi dir="ltr">`), so a
 * phone number reads and dials the same in every language. Text with none comes back as is.
 */
export function isolateNumbers(text: string): ReactNode {
  if (!/\d \d/.test(text)) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(GROUPED_NUMBER)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <bdi key={match.index} dir="ltr">
        {match[0]}
      </bdi>,
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
