import type { BuildManifest } from './build-manifest';
import type { LmsVariant } from './lms-variant';
import { referencedFiles } from './module-preload';
import { PackageError } from './package-error';

/**
 * Each package downloads only its own tracking adapter (src/lib/lms/adapter-chunks.ts
 * imports each one dynamically, so each is a chunk of its own), and its index.html
 * preloads that chunk so choosing the adapter costs no extra round trip. The chunks are
 * found through the build manifest by source file, never by guessing hashed names.
 */

/** The module each adapter chunk is built from (its key in the build manifest); keep in step with src/lib/lms/adapter-chunks.ts. */
export const ADAPTER_SOURCES: Readonly<Record<LmsVariant, string>> = {
  scorm12: 'src/lib/lms/connect-scorm12.ts',
  scorm2004: 'src/lib/lms/connect-scorm2004.ts',
  standalone: 'src/lib/lms/standalone-adapter.ts',
};

export const ADAPTER_NAMES: Readonly<Record<LmsVariant, string>> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004', standalone: 'standalone' };

/** Per variant, the files its index.html preloads: the adapter chunk first, then the chunks it imports that the page does not load already. */
export type AdapterPreloads = Readonly<Record<LmsVariant, readonly string[]>>;

export interface AdapterPreloadInput {
  manifest: BuildManifest;
  /** How messages name the manifest, e.g. "dist/demo/web/.vite/manifest.json". */
  manifestLabel: string;
  /** The web build's index.html: what it already loads or preloads is not preloaded again. */
  launchHtml: string;
  /** Every file of the web build, so a manifest that names a missing file is caught here. */
  buildFiles: ReadonlySet<string>;
}

/** Manifest keys of `start` and every chunk it imports statically, directly or not, in breadth-first order. */
function staticClosure(manifest: BuildManifest, start: readonly string[], manifestLabel: string): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new PackageError(`${manifestLabel}: a chunk imports "${key}", which the manifest does not list.`);
    seen.add(key);
    queue.push(...(chunk.imports ?? []));
  }
  return [...seen];
}

export function planAdapterPreloads(input: AdapterPreloadInput): AdapterPreloads {
  const { manifest, manifestLabel } = input;
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const loadedByPage = new Set(staticClosure(manifest, entries, manifestLabel));
  const referenced = referencedFiles(input.launchHtml);

  const plan = (variant: LmsVariant): string[] => {
    const source = ADAPTER_SOURCES[variant];
    const what = `the ${ADAPTER_NAMES[variant]} tracking adapter (${source})`;
    if (!manifest[source]) {
      throw new PackageError(
        `${manifestLabel} has no chunk for ${what}: it must stay a chunk of its own, reached only through import() in ` +
          'src/lib/lms/adapter-chunks.ts (was it renamed or moved? then update scorm/package/adapter-chunks.ts).',
      );
    }
    if (loadedByPage.has(source) || referenced.has(manifest[source].file)) {
      throw new PackageError(`${manifestLabel}: the page itself loads ${what}, so every package would download it; import it only through src/lib/lms/adapter-chunks.ts.`);
    }
    const files = staticClosure(manifest, [source], manifestLabel)
      .filter((key) => !loadedByPage.has(key))
      .map((key) => manifest[key]?.file ?? '')
      .filter((file) => !referenced.has(file));
    const missing = files.find((file) => !input.buildFiles.has(file));
    if (missing !== undefined) throw new PackageError(`${manifestLabel} names "${missing}" for ${what}, but the build has no such file.`);
    return files;
  };
  return { scorm12: plan('scorm12'), scorm2004: plan('scorm2004'), standalone: plan('standalone') };
}
