import { ID_PATTERN } from '../schema/id-pattern';
import type { Decoded, ProgressContent } from './progress-content';
import { emptyModuleProgress, emptyProgress } from './progress-record';

/**
 * Version 0: the prototype's format, kept so its data still loads. It named modules
 * by their literal ids and remembered only which were completed and which was open:
 * `os0.+intro.+legal.>contact` (`+` completed, `>` open). Reading it migrates it to
 * the current record: those modules, at their intro, with nothing else.
 */
export const V0 = 0;

const ENTRY = /^([+>]{0,2})(.+)$/;

export function readV0(entries: readonly string[], content: ProgressContent): Decoded {
  const progress = emptyProgress();
  const warnings: string[] = [];
  const courseModuleIds = new Set(content.course.modules.map((m) => m.id));
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    const flags = match?.[1] ?? '';
    const moduleId = match?.[2] ?? '';
    if (!ID_PATTERN.test(moduleId)) {
      warnings.push(`Old-format progress: "${entry.slice(0, 40)}" is not a module entry; ignored.`);
      continue;
    }
    if (!courseModuleIds.has(moduleId)) {
      warnings.push(`Old-format progress: module "${moduleId}" no longer exists in the course; dropped.`);
      continue;
    }
    progress.modules[moduleId] = { ...emptyModuleProgress(), completed: flags.includes('+') };
    if (flags.includes('>')) progress.openModuleId = moduleId;
  }
  return { progress, warnings };
}
