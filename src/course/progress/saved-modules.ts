import type { Course } from '../schema/course-schema';
import { decodeInt, MARK } from './codec-alphabet';
import { SECTION, unseal, V1, V2, V3 } from './progress-format-v1';
import { KEY_WIDTH, resolveKey } from './content-keys';
import { savedVersion } from './saved-version';

/**
 * The modules whose content is needed to read saved progress: those it has progress
 * in, and the final assessment's modules if it has attempts. The app loads only these
 * before decoding, so a first visit loads no module at all and a returning learner
 * loads only what they had started. Damaged parts name nothing (the decoder drops
 * them anyway); a key that cannot be resolved names nothing either.
 */
export function modulesToRead(text: string, course: Course): string[] {
  const version = savedVersion(text);
  if (version !== V1 && version !== V2 && version !== V3) return [];
  const [, header = '', ...sections] = text.split(MARK.section);
  const headerBody = unseal(header);
  const salt = headerBody?.startsWith(SECTION.header) ? decodeInt(headerBody.slice(1, 2)) : null;
  if (salt === null) return [];
  const courseModuleIds = course.modules.map((m) => m.id);
  const needed = new Set<string>();
  for (const section of sections) {
    const body = unseal(section);
    if (body?.startsWith(SECTION.module)) {
      const found = resolveKey(courseModuleIds, body.slice(1, 1 + KEY_WIDTH), salt);
      if (found.ok) needed.add(found.id);
    } else if (body?.startsWith(SECTION.assessment)) {
      for (const id of course.finalAssessment?.fromModules ?? courseModuleIds) needed.add(id);
    }
  }
  // In course order, so loading (and any error about it) follows the menu.
  return courseModuleIds.filter((id) => needed.has(id));
}
