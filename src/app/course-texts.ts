import type { i18n } from 'i18next';
import { courseNamespace } from '../course/text-keys';
import { addContentBundle, type ContentBundle } from '../lib/i18n/content-bundle';

/** Load the course's own texts (title, description, module titles) in the given languages. */
export async function loadCourseTexts(
  instance: i18n,
  courseId: string,
  loaders: Readonly<Record<string, () => Promise<object>>>,
  languages: readonly string[],
): Promise<void> {
  const available = languages.filter((language) => loaders[language] !== undefined);
  if (available.length === 0) throw new Error(`Course "${courseId}" has no texts in ${languages.join(' or ')}`);
  await Promise.all(
    available.map(async (language) => {
      const bundle = await loaders[language]?.();
      addContentBundle(instance, courseNamespace(courseId), language, bundle as ContentBundle);
    }),
  );
}
