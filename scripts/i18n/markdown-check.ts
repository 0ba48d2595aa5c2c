import { Marked } from 'marked';
import type { Token, Tokens } from 'marked';

// A private instance: nothing the app registers on the global `marked` changes what is checked here.
const markdown = new Marked();

interface Shape {
  links: number;
  listItems: number;
  html: string[];
  /** Markdown signs left as plain words: what is left of emphasis, code or a link that did not close. */
  strays: Record<StrayKind, number>;
}

type StrayKind = 'emphasis' | 'code' | 'link';

const STRAYS: Record<StrayKind, RegExp> = {
  // `*` anywhere, and `_` where it could open or close emphasis (not inside a word such as snake_case).
  emphasis: /\*|(?:^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu,
  code: /`/g,
  link: /\[|\]|\]\(/g,
};

function shapeOf(text: string): Shape {
  const shape: Shape = { links: 0, listItems: 0, html: [], strays: { emphasis: 0, code: 0, link: 0 } };
  markdown.walkTokens(markdown.lexer(text), (token: Token) => {
    if (token.type === 'link') shape.links += 1;
    else if (token.type === 'list_item') shape.listItems += 1;
    else if (token.type === 'html') shape.html.push(token.raw.trim());
    else if (token.type === 'text' && !(token as Tokens.Text).tokens?.length) {
      for (const kind of Object.keys(STRAYS) as StrayKind[]) shape.strays[kind] += token.raw.match(STRAYS[kind])?.length ?? 0;
    }
  });
  return shape;
}

const STRAY_MESSAGES: Record<StrayKind, string> = {
  emphasis: 'unbalanced emphasis: a * or _ (of **bold** or *emphasis*) has no partner, so it would show as typed',
  code: 'an unbalanced ` (code) would show as typed',
  link: 'a broken link: write links as [words](address), with nothing between ] and (',
};

/** What is wrong with a Markdown translation's formatting, compared with the English; empty when nothing is. */
export function markdownProblems(english: string, translation: string): string[] {
  const source = shapeOf(english);
  const target = shapeOf(translation);
  const problems: string[] = [];
  for (const kind of Object.keys(STRAYS) as StrayKind[]) {
    if (target.strays[kind] > source.strays[kind]) problems.push(STRAY_MESSAGES[kind]);
  }
  if (target.links !== source.links) problems.push(`the English has ${source.links} link(s) and the translation ${target.links}: keep every link, as [words](address)`);
  if (target.listItems !== source.listItems) {
    problems.push(`the English is a list of ${source.listItems} item(s) and the translation has ${target.listItems}: start each item on its own line with "- " (or "1. ")`);
  }
  const html = target.html.filter((h) => !source.html.includes(h));
  if (html.length > 0) problems.push(`HTML is not allowed in course texts (found ${html.join(', ')}): use Markdown`);
  return problems;
}
