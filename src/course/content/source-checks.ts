import type { Course } from '../schema/course-schema';
import type { Module } from '../schema/module-schema';
import { moduleText } from '../module-text-keys';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import type { ModuleFolder } from './content-tree';
import { flattenTexts } from './module-screens';
import { SourceCitationDiffers } from './problem-catalogue';

interface FirstCitation {
  text: string;
  file: string;
  line: number;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The References screen lists each source id once, so every module of a course that lists
 * the same id must cite it with the same words (docs/content-format.md). Reports each later
 * module's citation that differs from the first one, in course order, naming where that is.
 */
export function sourceCitationProblems(course: Course, modules: ReadonlyMap<string, { module: Module; folder: ModuleFolder }>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const locale of course.locales) {
    const first = new Map<string, FirstCitation>();
    for (const ref of course.modules) {
      const entry = modules.get(ref.id);
      const doc = entry?.folder.locales[locale];
      if (!entry || !doc?.ok) continue;
      const texts = flattenTexts(doc.data);
      for (const id of entry.module.sources) {
        const key = moduleText.source(id);
        const text = texts.get(key);
        if (text === undefined) continue; // reported as a missing text
        const line = doc.lineOf(key.split('.'));
        const earlier = first.get(id);
        if (!earlier) first.set(id, { text, file: doc.file, line });
        else if (normalise(earlier.text) !== normalise(text)) {
          problems.push(
            createProblem(
              SourceCitationDiffers,
              { id, firstFile: earlier.file, firstLine: earlier.line },
              { file: doc.file, line, path: key, field: key, found: normalise(text), expected: normalise(earlier.text) },
            ),
          );
        }
      }
    }
  }
  return problems;
}
