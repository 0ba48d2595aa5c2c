import type { AdapterPreloads } from './adapter-chunks';
import { BUILD_METADATA_DIR } from './build-manifest';
import { checkAdapterPreloads } from './check-adapter-preloads';
import { readCourseLmsMeta } from './course-lms-meta';
import { LAUNCH_FILE, MANIFEST_FILE, SCORM12, SCORM2004 } from './manifest-namespaces';
import { readManifest, type ParsedManifest } from './manifest-reader';
import { passMarkAsNormalizedMeasure, type MasteryDecision } from './mastery';
import { unsafePathReason } from './package-files';
import type { LmsVariant, ScormEdition } from './lms-variant';

/**
 * Checks a package for what an LMS needs and the XSDs cannot express: the manifest
 * at the root, the schemaversion, references that resolve, a file list that matches
 * the zip exactly, safe relative paths, the launch page and its course-lms meta tag,
 * the launch page preloading its own tracking adapter and no other (when told which
 * chunks those are), no build metadata, and no LMS-side code (scorm-again belongs to
 * the preview LMS, never the course).
 * Returns every problem found, each naming the package and what is wrong.
 * Well-formedness and schema validity are xmllint's job (see testing/xsd-validation.ts):
 * the XML reader used here is lenient, and packaging writes manifests with an XML builder.
 */

/** Strings only scorm-again's bundle contains; the course talks to the LMS through its own adapters. */
export const LMS_RUNTIME_MARKERS = ['Scorm12API', 'Scorm2004API', 'scorm-again'] as const;

export interface PackageContents {
  /** How messages name the package, e.g. "dist/risks-to-children-scorm12.zip". */
  label: string;
  /** Package-relative path → bytes. */
  entries: ReadonlyMap<string, Uint8Array>;
}

const decoder = new TextDecoder();

/**
 * Problems common to every variant: safe paths, no build metadata, the launch page, its
 * meta tag, its adapter preloads (when `adapterPreloads` is given), no LMS runtime.
 */
export function checkWebContents(contents: PackageContents, variant: LmsVariant, adapterPreloads?: AdapterPreloads): string[] {
  const { label, entries } = contents;
  const problems: string[] = [];
  for (const path of entries.keys()) {
    const reason = unsafePathReason(path);
    if (reason) problems.push(`${label}: entry "${path}" ${reason}`);
    if (path.startsWith(`${BUILD_METADATA_DIR}/`)) problems.push(`${label}: entry "${path}" is Vite's build metadata, not part of the course`);
  }
  const launch = entries.get(LAUNCH_FILE);
  if (!launch) {
    problems.push(`${label}: ${LAUNCH_FILE} is missing at the package root`);
  } else {
    const html = decoder.decode(launch);
    const meta = readCourseLmsMeta(html);
    if (meta !== variant) {
      problems.push(`${label}: ${LAUNCH_FILE} → <meta name="course-lms"> is ${meta === null ? 'missing or repeated' : `"${meta}"`}, expected "${variant}"`);
    }
    if (adapterPreloads) problems.push(...checkAdapterPreloads(html, variant, adapterPreloads, `${label}: ${LAUNCH_FILE}`));
  }
  for (const [path, data] of entries) {
    if (!/\.(m?js|html)$/.test(path)) continue;
    const text = decoder.decode(data);
    const marker = LMS_RUNTIME_MARKERS.find((m) => text.includes(m));
    if (marker) problems.push(`${label}: ${path} contains "${marker}": LMS-side code (scorm-again) must not ship in the course`);
  }
  return problems;
}

function checkManifest(label: string, manifest: ParsedManifest, edition: ScormEdition, expectedMastery?: MasteryDecision): string[] {
  const problems: string[] = [];
  const at = `${label}: ${MANIFEST_FILE}`;
  const expected = edition === 'scorm12' ? SCORM12 : SCORM2004;
  if (manifest.edition !== edition) problems.push(`${at} → manifest namespace is not ${expected.imscp}`);
  if (manifest.schema !== 'ADL SCORM') problems.push(`${at} → metadata/schema is "${manifest.schema}", expected "ADL SCORM"`);
  if (manifest.schemaversion !== expected.schemaversion) {
    problems.push(`${at} → metadata/schemaversion is "${manifest.schemaversion}", expected "${expected.schemaversion}"`);
  }

  const organizationIds = manifest.organizations.map((o) => o.identifier);
  if (manifest.organizations.length !== 1) problems.push(`${at} → expected one organization, found ${manifest.organizations.length}`);
  if (!manifest.defaultOrganization || !organizationIds.includes(manifest.defaultOrganization)) {
    problems.push(`${at} → organizations/@default "${manifest.defaultOrganization}" is not an organization identifier`);
  }

  const resourceIds = new Set(manifest.resources.map((r) => r.identifier));
  const items = manifest.organizations.flatMap((o) => o.items);
  for (const item of items) {
    if (item.identifierref !== null && !resourceIds.has(item.identifierref)) {
      problems.push(`${at} → item "${item.identifier}" identifierref "${item.identifierref}" does not match any resource`);
    }
  }
  for (const organization of manifest.organizations) {
    if (!organization.title) problems.push(`${at} → organization "${organization.identifier}" has no title`);
  }
  if (items.length !== 1) problems.push(`${at} → expected one item (a single SCO), found ${items.length}`);

  const scos = manifest.resources.filter((r) => r.scormType === 'sco');
  const scormTypeAttribute = edition === 'scorm12' ? 'adlcp:scormtype' : 'adlcp:scormType';
  if (scos.length !== 1) problems.push(`${at} → expected one resource with ${scormTypeAttribute}="sco", found ${scos.length}`);
  for (const sco of scos) {
    if (sco.href !== LAUNCH_FILE) problems.push(`${at} → SCO resource "${sco.identifier}" launches "${sco.href}", expected "${LAUNCH_FILE}"`);
    if (sco.type !== 'webcontent') problems.push(`${at} → SCO resource "${sco.identifier}" type is "${sco.type}", expected "webcontent"`);
  }

  if (expectedMastery) {
    const [item] = items;
    const found =
      edition === 'scorm12'
        ? (item?.masteryScore ?? null)
        : item?.primaryObjective?.satisfiedByMeasure === 'true'
          ? (item.primaryObjective.minNormalizedMeasure ?? null)
          : null;
    const wanted = !expectedMastery.include
      ? null
      : edition === 'scorm12'
        ? String(expectedMastery.passMark)
        : passMarkAsNormalizedMeasure(expectedMastery.passMark);
    if (found !== wanted) problems.push(`${at} → pass mark is ${found ?? 'absent'}, expected ${wanted ?? 'absent'}`);
  }
  return problems;
}

/**
 * Every check for a SCORM package. `expectedMastery` (optional) also checks the pass
 * mark stated in the manifest against the course's decision; `adapterPreloads` (optional)
 * the launch page's tracking adapter preloads.
 */
export function checkScormPackage(
  contents: PackageContents,
  edition: ScormEdition,
  expectedMastery?: MasteryDecision,
  adapterPreloads?: AdapterPreloads,
): string[] {
  const { label, entries } = contents;
  const problems = checkWebContents(contents, edition, adapterPreloads);
  const manifestXml = entries.get(MANIFEST_FILE);
  if (!manifestXml) {
    const nested = [...entries.keys()].filter((p) => p.endsWith(`/${MANIFEST_FILE}`));
    problems.push(
      `${label}: ${MANIFEST_FILE} is not at the package root` + (nested.length ? ` (found ${nested.join(', ')}); LMSs reject this` : ''),
    );
    return problems;
  }
  let manifest: ParsedManifest;
  try {
    manifest = readManifest(decoder.decode(manifestXml));
  } catch (error) {
    problems.push(`${label}: ${MANIFEST_FILE} could not be read as XML: ${error instanceof Error ? error.message : String(error)}`);
    return problems;
  }
  problems.push(...checkManifest(label, manifest, edition, expectedMastery));

  const listed = manifest.resources.flatMap((r) => r.files);
  const seen = new Set<string>();
  for (const href of listed) {
    const reason = unsafePathReason(href);
    if (reason) problems.push(`${label}: ${MANIFEST_FILE} → file href "${href}" ${reason}`);
    if (seen.has(href)) problems.push(`${label}: ${MANIFEST_FILE} → file href "${href}" is listed twice`);
    seen.add(href);
    if (!entries.has(href)) problems.push(`${label}: ${MANIFEST_FILE} lists "${href}" but the package does not contain it`);
  }
  for (const path of entries.keys()) {
    if (path !== MANIFEST_FILE && !seen.has(path)) problems.push(`${label}: "${path}" is in the package but not listed in ${MANIFEST_FILE}`);
  }
  return problems;
}
