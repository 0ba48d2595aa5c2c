import type { Audience } from '../schema/course-schema';
import type { Module } from '../schema/module-schema';
import { createProblem } from './content-problem';
import type { ContentProblem } from './content-problem';
import { moduleScreens } from './module-screens';
import type { ParsedDocument } from './parsed-document';
import { LessonScreenTooLong } from './problem-catalogue';

/** The most words one lesson screen may hold, by the audience of its course (issue 11: short screens). */
export const LESSON_WORD_LIMITS: Record<Audience, number> = {
  practitioners: 200,
  'parents-and-carers': 150,
};

const AUDIENCE_NAMES: Record<Audience, string> = {
  practitioners: "practitioners'",
  'parents-and-carers': "parents'",
};

/**
 * Every lesson screen of a module's locale file over the word limit of the strictest course
 * that uses the module. A screen's words are all its texts: title, body, every block's texts.
 */
export function screenLengthProblems(module: Module, locale: ParsedDocument, audiences: readonly Audience[]): ContentProblem[] {
  if (!locale.ok || audiences.length === 0) return [];
  const audience = audiences.reduce((strictest, a) => (LESSON_WORD_LIMITS[a] < LESSON_WORD_LIMITS[strictest] ? a : strictest));
  const limit = LESSON_WORD_LIMITS[audience];
  return moduleScreens(module, locale.data)
    .filter((screen) => screen.kind === 'lesson' && screen.words > limit)
    .map((screen) =>
      createProblem(
        LessonScreenTooLong,
        { key: screen.key, words: screen.words, limit, audience: AUDIENCE_NAMES[audience] },
        {
          file: locale.file,
          line: locale.lineOf(screen.key.split('.')),
          path: screen.key,
          field: screen.key,
          found: `${screen.words} words`,
          expected: `at most ${limit} words`,
        },
      ),
    );
}
