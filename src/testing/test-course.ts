import { vi } from 'vitest';
import { createCourseDriver } from '../app/course-driver';
import type { StartCourseMachine } from '../course/view/course-view';
import { startCourseMachine } from '../app/course-machine-start';
import { createModuleStore } from '../app/module-store';
import { QuestionNamespaces } from '../app/question-namespaces';
import type { CourseEmitted } from '../course/machines/events';
import type { ProgressRecord } from '../course/progress/progress-record';
import type { Course } from '../course/schema/course-schema';
import type { Module } from '../course/schema/module-schema';
import { buildCourse } from './builders';
import { createTestI18n } from './test-i18n';

const pending = <T>() => new Promise<T>(() => undefined);

/**
 * The real course machine, started as the app starts it, over the two modules of
 * `buildCourse()` whose content never arrives: tests see what the course asked to load
 * (`moduleLoaders`) and what tracking heard (`heard`).
 */
export function testCourseMachine(course: Course = buildCourse()) {
  const moduleLoaders = { sample: vi.fn(pending<Module>), second: vi.fn(pending<Module>) };
  const source = { moduleLoaders, moduleLocaleLoaders: {} };
  const content = { source, store: createModuleStore(source), i18n: createTestI18n().i18n, languages: () => ['en-GB'], questionNamespaces: new QuestionNamespaces() };
  const heard: CourseEmitted[] = [];
  const tracking = {
    connect: vi.fn((actor: { on(type: '*', handler: (event: CourseEmitted) => void): unknown }) => {
      actor.on('*', (event) => heard.push(event));
      return () => undefined;
    }),
  };
  const start: StartCourseMachine = (progress) => startCourseMachine({ course, progress, seed: 1, content, tracking });
  return { start, moduleLoaders, tracking, heard };
}

export interface TestCourseDriverOptions {
  progress?: ProgressRecord;
  /** How the machine downloads (default: at once, the machine above). */
  loadMachine?: () => Promise<StartCourseMachine>;
  /** The course (default: `buildCourse()`). */
  course?: Course;
}

/** The app's course driver over `testCourseMachine`; download failures are not logged. */
export function testCourseDriver({ progress, loadMachine, course = buildCourse() }: TestCourseDriverOptions = {}) {
  const machine = testCourseMachine(course);
  const driver = createCourseDriver({
    course,
    progress,
    loadMachine: loadMachine ?? (() => Promise.resolve(machine.start)),
    logger: { error: () => undefined },
  });
  return { driver, machine, course };
}
