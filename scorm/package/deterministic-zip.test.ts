import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeterministicZip, type ZipEntry } from './deterministic-zip';

const text = (s: string) => new TextEncoder().encode(s);
const entries: ZipEntry[] = [
  { path: 'index.html', data: text('<!doctype html><title>x</title>') },
  { path: 'assets/index-abc.js', data: text('console.log(1)') },
  { path: 'assets/a.css', data: text('a{}') },
  { path: 'imsmanifest.xml', data: text('<manifest/>') },
];

/** Entry names in the order of the zip's central directory. */
function centralDirectoryNames(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const names: string[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    names.push(new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)));
  }
  return names;
}

describe('createDeterministicZip', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  it('gives the same bytes for the same files, whatever order they come in', () => {
    const first = createDeterministicZip(entries);
    const second = createDeterministicZip([...entries].reverse());

    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes in another time zone', () => {
    process.env['TZ'] = 'UTC';
    const utc = createDeterministicZip(entries);
    process.env['TZ'] = 'Pacific/Auckland';
    const auckland = createDeterministicZip(entries);

    expect(Buffer.from(auckland).equals(Buffer.from(utc))).toBe(true);
  });

  it('stores the entries sorted, with their content intact and no directory entries', () => {
    const zip = createDeterministicZip(entries);

    expect(centralDirectoryNames(zip)).toEqual(['assets/a.css', 'assets/index-abc.js', 'imsmanifest.xml', 'index.html']);
    const unzipped = unzipSync(zip);
    expect(new TextDecoder().decode(unzipped['assets/index-abc.js'])).toBe('console.log(1)');
  });

  it('changes when a file changes', () => {
    const changed = entries.map((e) => (e.path === 'index.html' ? { ...e, data: text('<!doctype html><title>y</title>') } : e));

    expect(Buffer.from(createDeterministicZip(changed)).equals(Buffer.from(createDeterministicZip(entries)))).toBe(false);
  });

  it.each([
    ['../outside.js', /contains "\." or "\.\." segments/],
    ['/etc/passwd', /is absolute/],
    ['assets\\a.js', /backslash/],
    ['my file.js', /has characters other than/],
    ['42', /only of digits/],
  ])('refuses the unsafe path %s', (path, message) => {
    expect(() => createDeterministicZip([{ path, data: text('x') }])).toThrow(message);
  });

  it('refuses the same path twice', () => {
    expect(() => createDeterministicZip([entries[0]!, entries[0]!])).toThrow(/twice/);
  });
});
