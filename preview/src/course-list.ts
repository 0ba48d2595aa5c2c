import { z } from 'zod';

/** The list of built courses the preview server publishes (preview/server/course-list.ts). */
const CourseListSchema = z.object({
  courses: z.array(z.object({ id: z.string(), variants: z.array(z.string()) })),
});
export type BuiltCourse = z.infer<typeof CourseListSchema>['courses'][number];

export async function fetchBuiltCourses(): Promise<BuiltCourse[]> {
  const response = await fetch('/courses/index.json');
  if (!response.ok) throw new Error(`/courses/index.json answered ${response.status}`);
  const parsed = CourseListSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`/courses/index.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data.courses;
}
