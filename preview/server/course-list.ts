import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_ID_PATTERN, COURSE_VARIANTS, type CourseVariant } from './request-target';

export interface BuiltCourse {
  id: string;
  /** Variants whose build has an index.html. */
  variants: CourseVariant[];
}

/** The courses built under `coursesDir` (dist/<course>/<variant>/index.html), sorted by id. */
export function listBuiltCourses(coursesDir: string): BuiltCourse[] {
  if (!existsSync(coursesDir)) return [];
  return readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && COURSE_ID_PATTERN.test(entry.name) && entry.name !== 'preview')
    .map((entry) => ({
      id: entry.name,
      variants: COURSE_VARIANTS.filter((variant) => existsSync(join(coursesDir, entry.name, variant, 'index.html'))),
    }))
    .filter((course) => course.variants.length > 0)
    .sort((a, b) => a.id.localeCompare(b.id));
}
