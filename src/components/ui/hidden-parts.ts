/** A piece of a label: shown, or for screen readers only. */
export interface LabelPart {
  text: string;
  hidden: boolean;
}

const HIDDEN = /<hidden>([\s\S]*?)<\/hidden>/g;

/**
 * Splits a translated label at its `<hidden>…</hidden>` marks (the only markup UI
 * texts use), wherever the translator put them: "Start <hidden>Contact</hidden>",
 * or the hidden words first in a language whose word order needs it. Empty pieces
 * are dropped; an unclosed mark is shown as written rather than guessed at.
 */
export function hiddenParts(label: string): LabelPart[] {
  const parts: LabelPart[] = [];
  let shownFrom = 0;
  for (const match of label.matchAll(HIDDEN)) {
    parts.push({ text: label.slice(shownFrom, match.index), hidden: false }, { text: match[1] ?? '', hidden: true });
    shownFrom = match.index + match[0].length;
  }
  parts.push({ text: label.slice(shownFrom), hidden: false });
  return parts.filter((part) => part.text !== '');
}
