import { PackageError } from './package-error';

/**
 * `<link rel="modulepreload">` tags in the launch page. A preload starts the download
 * with the page instead of after the script that imports the module has run, and is
 * allowed under the course's CSP (no inline script needed).
 */

const ATTRIBUTE_URL = /\b(?:src|href)\s*=\s*(["'])([^"']*)\1/gi;
const LINK_TAG = /<link\b[^>]*>/gi;
const REL_MODULEPRELOAD = /\brel\s*=\s*(["'])modulepreload\1/i;
const HEAD_END = /<\/head\s*>/gi;

/** A page-relative URL as a package path: "./assets/a.js" → "assets/a.js". */
const packagePath = (url: string): string => url.replace(/^\.\//, '');

/** Every file the page names in a src or href attribute, as package paths. */
export function referencedFiles(html: string): Set<string> {
  return new Set([...html.matchAll(ATTRIBUTE_URL)].map((match) => packagePath(match[2] ?? '')));
}

/** The files the page preloads as modules, as package paths. */
export function modulePreloads(html: string): string[] {
  return [...html.matchAll(LINK_TAG)]
    .map((match) => match[0])
    .filter((tag) => REL_MODULEPRELOAD.test(tag))
    .flatMap((tag) => [...tag.matchAll(ATTRIBUTE_URL)].map((url) => packagePath(url[2] ?? '')));
}

/**
 * Returns the page with a modulepreload link for each file, just before </head>, written
 * as Vite writes its own (crossorigin, so the import reuses the preloaded response).
 */
export function addModulePreloads(html: string, files: readonly string[], label: string): string {
  const headEnds = [...html.matchAll(HEAD_END)];
  if (headEnds.length !== 1) throw new PackageError(`${label}: expected exactly one </head>, found ${headEnds.length}; the preload links go before it.`);
  if (files.length === 0) return html;
  const at = headEnds[0]?.index ?? 0;
  const lineStart = html.lastIndexOf('\n', at - 1) + 1;
  const before = html.slice(lineStart, at);
  const link = (file: string) => `<link rel="modulepreload" crossorigin href="./${file}">`;
  // On its own line, </head> keeps its line and the links get lines of their own, indented like the head's children.
  if (/^[ \t]*$/.test(before)) {
    return html.slice(0, lineStart) + files.map((file) => `${before}  ${link(file)}\n`).join('') + html.slice(lineStart);
  }
  return html.slice(0, at) + files.map(link).join('') + html.slice(at);
}
