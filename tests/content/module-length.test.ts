import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../scorm/content/load-content';
import { moduleReadability } from '../../scorm/content/readability';
import type { Audience } from '../../src/course/schema/course-schema';
import { moduleNamespace } from '../../src/course/text-keys';

/**
 * How long a module may take on a typical path (the minutes its menu card shows): practitioners
 * fit a module between cases (10–15 minutes), parents do one on a phone in an evening (10–12).
 */
const MAX_MINUTES: Record<Audience, number> = { practitioners: 15, 'parents-and-carers': 12 };

describe('every real module is short enough to finish in one sitting', () => {
  const modules = readdirSync('modules/courses').sort().flatMap((courseId) => {
    const content = loadCourseContent('modules', courseId);
    const texts = content.locales[content.course.locales[0] ?? ''] ?? {};
    return content.course.modules.map(({ id }) => ({
      name: `${courseId} › ${id}`,
      audience: content.course.audience,
      minutes: moduleReadability(content.modules[id]!, texts[moduleNamespace(id)], content.course.audience).minutes,
    }));
  });

  it.each(modules)('$name', ({ audience, minutes }) => {
    expect(minutes).toBeLessThanOrEqual(MAX_MINUTES[audience]);
  });
});
