import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PackageError } from './package-error';

/**
 * Vite's build manifest (vite.config.ts → build.manifest), which maps each source file
 * that became a chunk to the chunk's file and the chunks it imports. Packaging reads it
 * to find chunks without guessing at hashed file names; it is build metadata, never part
 * of a package (package-files.ts leaves BUILD_METADATA_DIR out).
 */

export const BUILD_METADATA_DIR = '.vite';
export const BUILD_MANIFEST_FILE = `${BUILD_METADATA_DIR}/manifest.json`;

const ChunkSchema = z.object({
  /** Output path relative to the build directory, e.g. "assets/index-Bq3x9.js". */
  file: z.string().min(1),
  isEntry: z.boolean().optional(),
  /** Manifest keys of the chunks this one imports statically. */
  imports: z.array(z.string()).optional(),
});

const BuildManifestSchema = z.record(z.string(), ChunkSchema);

export type ManifestChunk = z.infer<typeof ChunkSchema>;
/** Manifest key (a source path such as "src/lib/lms/connect-scorm12.ts", or "_name-hash.js" for a shared chunk) → chunk. */
export type BuildManifest = z.infer<typeof BuildManifestSchema>;

/** `label` names the file in errors. */
export function parseBuildManifest(text: string, label: string): BuildManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PackageError(`${label}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parsed = BuildManifestSchema.safeParse(json);
  if (!parsed.success) throw new PackageError(`${label}: not a Vite build manifest:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads `<webDir>/.vite/manifest.json`; `label` is how messages show webDir. */
export async function readBuildManifest(webDir: string, label: string): Promise<BuildManifest> {
  const shown = `${label}/${BUILD_MANIFEST_FILE}`;
  let text: string;
  try {
    text = await readFile(path.join(webDir, ...BUILD_MANIFEST_FILE.split('/')), 'utf8');
  } catch {
    throw new PackageError(`${shown} not found: the build must write Vite's manifest (build.manifest in vite.config.ts); packaging needs it to preload the tracking adapter.`);
  }
  return parseBuildManifest(text, shown);
}
