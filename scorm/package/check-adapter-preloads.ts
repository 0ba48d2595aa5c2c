import { ADAPTER_NAMES, type AdapterPreloads } from './adapter-chunks';
import { LMS_VARIANTS, type LmsVariant } from './lms-variant';
import { modulePreloads, referencedFiles } from './module-preload';

/**
 * A package's launch page must preload its own tracking adapter (else the course waits a
 * round trip for it) and must not name another variant's (a standalone page downloading
 * SCORM code is the cost this split removes). `label` names the page in messages.
 */
export function checkAdapterPreloads(html: string, variant: LmsVariant, plan: AdapterPreloads, label: string): string[] {
  const own = new Set(plan[variant]);
  const preloaded = new Set(modulePreloads(html));
  const referenced = referencedFiles(html);
  const problems = [...own]
    .filter((file) => !preloaded.has(file))
    .map((file) => `${label} does not preload ${file}, needed by its ${ADAPTER_NAMES[variant]} tracking adapter: the course would wait an extra round trip for it`);
  const owners = new Map<string, string[]>();
  for (const other of LMS_VARIANTS.filter((v) => v !== variant)) {
    for (const file of plan[other].filter((f) => !own.has(f) && referenced.has(f))) owners.set(file, [...(owners.get(file) ?? []), ADAPTER_NAMES[other]]);
  }
  for (const [file, names] of owners) {
    const whose = names.length === 1 ? `the ${names[0]} tracking adapter` : `the ${names.join(' and ')} tracking adapters`;
    problems.push(`${label} loads ${file}, part of ${whose}, which this ${ADAPTER_NAMES[variant]} package never uses`);
  }
  return problems;
}
