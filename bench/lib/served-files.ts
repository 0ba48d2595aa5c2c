import { gzipSync } from 'node:zlib';
import type { NetworkEntry } from './lighthouse-figures';

/**
 * Fetches what the browser downloaded again, from the local server, for the two things
 * the Lighthouse result does not hold: response bodies (to look for module content)
 * and gzip sizes when the server does not compress.
 */

export interface ServedFile {
  url: string;
  bytes: number;
  /** gzip level 9, as the build's size report (scorm/package/size-report.ts) measures. */
  gzipBytes: number;
  /** The body as text, for text responses. */
  text: string | null;
}

const TEXT_RESOURCE_TYPES = new Set(['Document', 'Script', 'Stylesheet', 'Fetch', 'XHR', 'Manifest', 'Other']);

export async function fetchServedFiles(entries: readonly NetworkEntry[]): Promise<Map<string, ServedFile>> {
  const files = new Map<string, ServedFile>();
  const urls = [...new Set(entries.filter((e) => /^https?:/.test(e.url)).map((e) => e.url))];
  for (const url of urls) {
    const response = await fetch(url);
    // A failed request (say, a missing favicon) has no file to weigh or search.
    if (!response.ok) continue;
    const body = new Uint8Array(await response.arrayBuffer());
    const entry = entries.find((e) => e.url === url);
    files.set(url, {
      url,
      bytes: body.byteLength,
      gzipBytes: gzipSync(body, { level: 9 }).byteLength,
      text: entry && TEXT_RESOURCE_TYPES.has(entry.resourceType) ? new TextDecoder().decode(body) : null,
    });
  }
  return files;
}
