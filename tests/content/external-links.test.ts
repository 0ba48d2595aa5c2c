import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeEntries } from '../../src/course/content/locale-entries';
import { parseYamlDocument } from '../../src/course/content/yaml-document';
import { compileMarkdown } from '../../src/lib/markdown/compile-markdown';
import type { MarkdownBlock, MarkdownInline } from '../../src/lib/markdown/markdown-ast';

/**
 * Every link to another website in the shipped content (modules' and partnerships' locale
 * files), one test each, named with where it is, its words and its destination, so the
 * test report is the list to read through; each is checked against what its words promise.
 */

/** Childline's Report Remove page (with the IWF: under-18s get nude images of themselves taken down). */
const REPORT_REMOVE = 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/';

/** A service named in a link's words, and the site such a link must go to. */
const SERVICE_SITES: readonly { named: RegExp; host: string }[] = [
  { named: /\bChildline\b/i, host: 'childline.org.uk' },
  { named: /\bNSPCC\b/, host: 'nspcc.org.uk' },
  { named: /\bCEOP\b/, host: 'ceop.police.uk' },
  { named: /\bTake It Down\b/i, host: 'takeitdown.ncmec.org' },
  { named: /\bStop It Now\b/i, host: 'stopitnow.org.uk' },
  { named: /\bUK Safer Internet Centre\b/i, host: 'saferinternet.org.uk' },
  { named: /\bInternet Watch Foundation\b|\bIWF\b/, host: 'iwf.org.uk' },
  { named: /\bOfcom\b/i, host: 'ofcom.org.uk' },
  { named: /\blegislation\.gov\.uk\b|^Section \d+/i, host: 'legislation.gov.uk' },
];

interface ExternalLink {
  /** file:line key */
  where: string;
  key: string;
  /** The whole text the link is in. */
  context: string;
  text: string;
  href: string;
}

const CONTENT_ROOTS = ['modules', 'partnerships'];

function localeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return localeFiles(full);
    return entry.name.endsWith('.yaml') && path.basename(dir) === 'locales' ? [full.split(path.sep).join('/')] : [];
  });
}

const inlineText = (nodes: readonly MarkdownInline[]): string =>
  nodes.map((node) => (typeof node === 'string' ? node : node[0] === 'a' ? inlineText(node.slice(2) as MarkdownInline[]) : node[0] === 'code' ? node[1] : node[0] === 'br' ? ' ' : inlineText(node.slice(1) as MarkdownInline[]))).join('');

function linksIn(nodes: readonly (MarkdownBlock | MarkdownInline | readonly MarkdownBlock[])[]): { text: string; href: string }[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string' || typeof node === 'number' || !Array.isArray(node)) return [];
    if (node[0] === 'a') return [{ href: String(node[1]), text: inlineText(node.slice(2) as MarkdownInline[]) }];
    return linksIn(node as readonly MarkdownBlock[]);
  });
}

function externalLinks(): ExternalLink[] {
  return CONTENT_ROOTS.flatMap(localeFiles).flatMap((file) =>
    localeEntries(parseYamlDocument(file, readFileSync(file, 'utf8'))).flatMap(({ key, value, line }) =>
      typeof value !== 'string'
        ? []
        : linksIn(compileMarkdown(value))
            .filter((link) => /^https?:/.test(link.href))
            .map((link) => ({ ...link, key, context: value, where: `${file}:${line} ${key}` })),
    ),
  );
}

/** "www.nspcc.org.uk/a/" → "nspcc.org.uk/a": an address as people write it in link text. */
const plainAddress = (address: string): string => address.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '').toLowerCase();
const hostOf = (href: string): string => new URL(href).hostname.replace(/^www\./, '');
const looksLikeAddress = (text: string): boolean => /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text.trim());

const links = externalLinks();

describe('external links in the content', () => {
  it('finds the links (the list below is every one of them)', () => {
    expect(links.length).toBeGreaterThan(20);
  });

  it.each(links.map((link) => [link.where, link.text, link.href, link] as const))('%s: “%s” → %s', (_where, text, href, link) => {
    expect(href, 'web links use https').toMatch(/^https:\/\//);
    if (looksLikeAddress(text)) {
      expect(plainAddress(href).startsWith(plainAddress(text)), `words that are an address go to that address`).toBe(true);
    }
    for (const { named, host } of SERVICE_SITES) {
      if (named.test(text)) expect(hostOf(href), `a link naming ${String(named)} goes to its website`).toBe(host);
    }
    if (/\bReport Remove\b/.test(text) || (link.key.startsWith('sources.') && /\bReport Remove\b/.test(link.context))) {
      expect(href, 'Report Remove links go to its own page, not to Childline’s home page').toBe(REPORT_REMOVE);
    }
  });

  it('sends every mention of Report Remove to Childline’s Report Remove page', () => {
    const reportRemove = links.filter((link) => /\bReport Remove\b/.test(link.text));
    expect(reportRemove.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reportRemove.map((link) => link.href))).toEqual(new Set([REPORT_REMOVE]));
  });
});
