import { describe, expect, it } from 'vitest';
import { courseReferences } from '../../scorm/content/course-references';
import type { CourseContent } from '../../scorm/content/load-content';
import { CourseSchema } from '../../src/course/schema/course-schema';
import { ModuleSchema } from '../../src/course/schema/module-schema';

const module = (id: string, sources: string[]) =>
  ModuleSchema.parse({ id, kind: 'contact', objectives: ['o'], steps: [{ id: 'l', type: 'lesson' }], sources });

function content(): CourseContent {
  const course = CourseSchema.parse({ id: 'c', audience: 'practitioners', locales: ['en-GB'], modules: [{ id: 'first' }, { id: 'second' }], unlocking: 'free' });
  return {
    course,
    modules: { first: module('first', ['nspcc', 'kcsie']), second: module('second', ['kcsie', 'ceop']) },
    locales: {
      'en-GB': {
        'module/first': { sources: { nspcc: 'NSPCC, *How safe are our children?*, 2024.', kcsie: 'Department for Education, KCSIE, September 2025.' } },
        'module/second': { sources: { kcsie: 'Department for Education, KCSIE, September 2025.', ceop: '“CEOP Safety Centre”, National Crime Agency.' } },
      },
    },
    moduleDirs: {},
    courseDir: '',
    mediaFiles: {},
  };
}

describe('courseReferences', () => {
  const [ceop, kcsie, nspcc, ...rest] = courseReferences(content())['en-GB'] ?? [];

  it('lists every source of every module once, by id, sorted by its words (quotes and Markdown ignored)', () => {
    expect([ceop?.id, kcsie?.id, nspcc?.id, rest.length]).toEqual(['ceop', 'kcsie', 'nspcc', 0]);
  });

  it('names every module that lists a source, in course order', () => {
    expect(kcsie?.modules).toEqual(['first', 'second']);
    expect(ceop?.modules).toEqual(['second']);
  });

  it('keeps the citation as compiled Markdown, publisher and date as written', () => {
    expect(nspcc?.citation).toEqual([['p', 'NSPCC, ', ['em', 'How safe are our children?'], ', 2024.']]);
  });
});
