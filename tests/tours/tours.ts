import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ProjectPaths } from '../../scorm/package/project-paths';

/**
 * The tour courses of tours.yaml, derived from the real courses: the same settings,
 * texts and audience, with only the listed modules and a smaller final-assessment draw.
 */

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const TOURS_FILE = join(REPO_ROOT, 'tests', 'tours', 'tours.yaml');
/** Where package:tours writes the tours' content root (modules laid out as in modules/). */
export const TOUR_CONTENT_DIR = join(REPO_ROOT, 'dist', 'tour-content');
/** Where package:tours writes the tours' builds and zips (laid out as in dist/). */
export const TOUR_DIST_DIR = join(REPO_ROOT, 'dist', 'tours');

/** Where packaging reads the tours from and writes them to, in the shape of the project's own paths. */
export const tourPaths = (): ProjectPaths => ({
  root: REPO_ROOT,
  contentDir: TOUR_CONTENT_DIR,
  coursesDir: join(TOUR_CONTENT_DIR, 'courses'),
  partnershipsDir: join(REPO_ROOT, 'partnerships'),
  dist: TOUR_DIST_DIR,
});

const TourSchema = z.object({
  from: z.string(),
  modules: z.array(z.string()).min(1),
  questionCount: z.number().int().positive(),
  minPerModule: z.number().int().positive(),
});
export type TourDefinition = z.infer<typeof TourSchema>;

export function readTours(): Map<string, TourDefinition> {
  const parsed = z.record(z.string().regex(/^tour-[a-z-]+$/), TourSchema).safeParse(parse(readFileSync(TOURS_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`tests/tours/tours.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return new Map(Object.entries(parsed.data));
}

export const isTour = (courseId: string): boolean => courseId.startsWith('tour-');

type Yaml = Record<string, unknown>;
const readYaml = (relativePath: string): Yaml => parse(readFileSync(join(REPO_ROOT, relativePath), 'utf8')) as Yaml;

/** A tour's course.yaml and its texts in every locale the source course has, as data. */
export function tourCourse(tourId: string, tour: TourDefinition): { structure: Yaml; texts: Map<string, Yaml> } {
  const source = readYaml(`modules/courses/${tour.from}/course.yaml`);
  const modules = (source['modules'] as Yaml[]).filter((entry) => tour.modules.includes(entry['id'] as string));
  const missing = tour.modules.filter((id) => !modules.some((entry) => entry['id'] === id));
  if (missing.length) throw new Error(`tests/tours/tours.yaml: ${tourId} lists ${missing.join(', ')}, not in modules/courses/${tour.from}/course.yaml`);
  const finalAssessment = source['finalAssessment'] as Yaml | undefined;
  const structure: Yaml = {
    ...source,
    id: tourId,
    modules,
    ...(finalAssessment && {
      finalAssessment: {
        ...finalAssessment,
        questionCount: tour.questionCount,
        minPerModule: tour.minPerModule,
        ...(Array.isArray(finalAssessment['fromModules']) && {
          fromModules: (finalAssessment['fromModules'] as string[]).filter((id) => tour.modules.includes(id)),
        }),
      },
    }),
  };
  const texts = new Map<string, Yaml>();
  for (const file of readdirSync(join(REPO_ROOT, 'modules', 'courses', tour.from, 'locales')).filter((name) => /^[a-z]{2,3}(-[A-Z]{2})?\.yaml$/.test(name))) {
    const sourceTexts = readYaml(`modules/courses/${tour.from}/locales/${file}`);
    const moduleTexts = (sourceTexts['modules'] ?? {}) as Yaml;
    const kept = tour.modules.filter((id) => id in moduleTexts).map((id) => [id, moduleTexts[id]]);
    texts.set(file.replace(/\.yaml$/, ''), { ...sourceTexts, modules: Object.fromEntries(kept) });
  }
  return { structure, texts };
}
