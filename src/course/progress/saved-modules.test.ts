import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../testing/builders';
import { encodeProgress } from './progress-encoder';
import { emptyModuleProgress, emptyProgress, type ProgressRecord } from './progress-record';
import { modulesToRead } from './saved-modules';

const modules = { sample: buildModule(), second: buildModule({ id: 'second' }) };
const course = buildCourse({ unlocking: 'free' });
const content = { course, modules };
const withModules = (...ids: string[]): ProgressRecord => ({
  ...emptyProgress(),
  modules: Object.fromEntries(ids.map((id) => [id, { ...emptyModuleProgress(), completed: true }])),
});

describe('modulesToRead', () => {
  it('names no module for nothing saved or text in another format', () => {
    expect(modulesToRead('', course)).toEqual([]);
    expect(modulesToRead('{"slide":4}', course)).toEqual([]);
    expect(modulesToRead('os0.+sample', course)).toEqual([]);
  });

  it('names the modules with saved progress, in course order', () => {
    expect(modulesToRead(encodeProgress(withModules('sample'), content), course)).toEqual(['sample']);
    expect(modulesToRead(encodeProgress(withModules('second', 'sample'), content), course)).toEqual(['sample', 'second']);
  });

  it('names the modules of version 3 text, which carries time spent', () => {
    const text = encodeProgress({ ...withModules('second'), timeSpentSeconds: 300, courseVersion: '1.0' }, content);
    expect(text.startsWith('os3.')).toBe(true);
    expect(modulesToRead(text, course)).toEqual(['second']);
  });

  it('names the final assessment\'s modules when there are attempts', () => {
    const progress: ProgressRecord = { ...emptyProgress(), assessment: { attempts: [{ seed: 1, score: null, answers: {} }] } };
    expect(modulesToRead(encodeProgress(progress, content), course)).toEqual(['sample', 'second']);
    const narrower = buildCourse({ unlocking: 'free', finalAssessment: { ...course.finalAssessment, fromModules: ['second'] } });
    expect(modulesToRead(encodeProgress(progress, { course: narrower, modules }), narrower)).toEqual(['second']);
  });

  it('skips a damaged section and a module no longer in the course', () => {
    const text = encodeProgress(withModules('sample', 'second'), content);
    const sections = text.split('.');
    const damaged = [...sections.slice(0, 2), `${sections[2] ?? ''}x`, ...sections.slice(3)].join('.');
    expect(modulesToRead(damaged, course)).toEqual(['second']);
    const shorter = buildCourse({ unlocking: 'free', modules: [{ id: 'second', required: true }] });
    expect(modulesToRead(text, shorter)).toEqual(['second']);
  });
});
