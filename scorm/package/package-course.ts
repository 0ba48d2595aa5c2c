import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AdapterPreloads } from './adapter-chunks';
import { checkScormPackage, checkWebContents } from './check-package';
import { courseAdapterPreloads } from './course-adapter-preloads';
import { setCourseLmsMeta } from './course-lms-meta';
import { createDeterministicZip } from './deterministic-zip';
import { manifestIdentifiers } from './manifest-identifiers';
import { LAUNCH_FILE, MANIFEST_FILE } from './manifest-namespaces';
import { addModulePreloads } from './module-preload';
import { MAX_ZIP_BYTES, formatBytes } from './package-limits';
import { PackageError, PackageProblems } from './package-error';
import { listPackageFiles, unsafePathReason } from './package-files';
import { courseOutputPaths, displayPath, NATIONAL_BUILD, type BuildTarget, type ProjectPaths } from './project-paths';
import { buildScorm12Manifest } from './scorm12-manifest';
import { buildScorm2004Manifest } from './scorm2004-manifest';
import { SCORM_EDITIONS, type LmsVariant, type ScormEdition } from './lms-variant';
import type { MasteryDecision } from './mastery';

export interface PackageCourseInput {
  paths: ProjectPaths;
  courseId: string;
  title: string;
  /** package.json version. */
  version: string;
  mastery: MasteryDecision;
  /** The partnership the build is for (default: the national build). */
  partnershipId?: string;
  /** The SCORM zips to make (default: both). */
  editions?: readonly ScormEdition[];
  /** Which build this is, for the top of each manifest. */
  buildNote?: string;
}

export interface PackagedZip {
  edition: ScormEdition;
  /** Absolute path of the zip. */
  file: string;
  bytes: number;
}

const manifestBuilders = { scorm12: buildScorm12Manifest, scorm2004: buildScorm2004Manifest } as const;

async function readWebBuild(paths: ProjectPaths, webDir: string): Promise<Map<string, Uint8Array>> {
  const shown = displayPath(paths, webDir);
  let files: string[];
  try {
    files = await listPackageFiles(webDir);
  } catch {
    throw new PackageError(`${shown}/ not found: build the course first (npm run build, or npm run package without --no-build).`);
  }
  if (!files.includes(LAUNCH_FILE)) throw new PackageError(`${shown}/${LAUNCH_FILE} not found: the web build is incomplete.`);
  const problems = files.flatMap((file) => {
    const reason = unsafePathReason(file);
    return reason ? [`${shown}/${file}: the path ${reason}`] : [];
  });
  if (files.includes(MANIFEST_FILE)) problems.push(`${shown}/${MANIFEST_FILE}: the web build must not contain a manifest; packaging writes it`);
  if (problems.length) throw new PackageProblems(problems, `${shown}/ cannot be packaged:`);

  const entries = new Map<string, Uint8Array>();
  for (const file of files) entries.set(file, new Uint8Array(await readFile(path.join(webDir, file))));
  return entries;
}

async function writeTree(dir: string, entries: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [file, data] of entries) {
    const target = path.join(dir, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The web build with index.html set up for `variant`: its course-lms meta tag, and preloads for its own tracking adapter. */
function forVariant(web: ReadonlyMap<string, Uint8Array>, variant: LmsVariant, preloads: AdapterPreloads, label: string): Map<string, Uint8Array> {
  const entries = new Map(web);
  const file = `${label}/${LAUNCH_FILE}`;
  const html = decoder.decode(web.get(LAUNCH_FILE));
  entries.set(LAUNCH_FILE, encoder.encode(addModulePreloads(setCourseLmsMeta(html, variant, file), preloads[variant], file)));
  return entries;
}

/**
 * Makes every output of one course's build for one partnership from its web build
 * (dist/<build>/web/, whose .vite/manifest.json says which chunks hold each tracking adapter;
 * <build> is the course id for the national build, <partnership>-<course> otherwise):
 * the unpacked trees dist/<build>/{scorm12,scorm2004,standalone}/ and the zips
 * dist/<partnership>-<course>-<edition>-<version>.zip. Every output is checked
 * (./check-package.ts) and every zip measured against MAX_ZIP_BYTES; all problems
 * are reported together after everything has been written. The trees stay for inspection;
 * the zips of a course with problems are removed.
 */
export async function packageCourse(input: PackageCourseInput): Promise<PackagedZip[]> {
  const { paths, courseId } = input;
  const target: BuildTarget = { partnershipId: input.partnershipId ?? NATIONAL_BUILD, version: input.version };
  const out = courseOutputPaths(paths, courseId, target);
  const webLabel = displayPath(paths, out.web);
  const web = await readWebBuild(paths, out.web);
  const preloads = await courseAdapterPreloads(paths, courseId, target);
  const problems: string[] = [];

  const standalone = forVariant(web, 'standalone', preloads, webLabel);
  await writeTree(out.variant('standalone'), standalone);
  problems.push(...checkWebContents({ label: displayPath(paths, out.variant('standalone')), entries: standalone }, 'standalone', preloads));

  const zips: PackagedZip[] = [];
  for (const edition of input.editions ?? SCORM_EDITIONS) {
    const entries = forVariant(web, edition, preloads, webLabel);
    const manifest = manifestBuilders[edition]({
      identifiers: manifestIdentifiers(courseId, input.version, edition),
      title: input.title,
      files: [...web.keys()],
      mastery: input.mastery,
      ...(input.buildNote ? { buildNote: input.buildNote } : {}),
    });
    entries.set(MANIFEST_FILE, encoder.encode(manifest));
    await writeTree(out.variant(edition), entries);

    const zip = createDeterministicZip([...entries].map(([file, data]) => ({ path: file, data })));
    const zipFile = out.zip(edition);
    await mkdir(path.dirname(zipFile), { recursive: true });
    await writeFile(zipFile, zip);
    zips.push({ edition, file: zipFile, bytes: zip.byteLength });

    const label = displayPath(paths, zipFile);
    problems.push(...checkScormPackage({ label, entries }, edition, input.mastery, preloads));
    if (zip.byteLength > MAX_ZIP_BYTES) {
      problems.push(`${label}: ${formatBytes(zip.byteLength)} is over the ${formatBytes(MAX_ZIP_BYTES)} package limit`);
    }
  }
  if (problems.length) {
    // The unpacked trees stay for inspection; the zips go, so none is left looking fit to upload.
    await Promise.all(zips.map((zip) => rm(zip.file, { force: true })));
    throw new PackageProblems(problems, `${courseId}: the packages have problems (no zip was kept):`);
  }
  return zips;
}
