import type { Module } from '../../course/schema/module-schema';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { CourseEmitted } from '../../course/machines/events';
import type { ProgressRecord } from '../../course/progress/progress-record';
import { courseNamespace, moduleNamespace, partnershipNamespace } from '../../course/text-keys';
import { buildCourse, buildModule } from '../../testing/builders';
import { createTestI18n } from '../../testing/test-i18n';
import type { ContentBundle } from '../../lib/i18n/content-bundle';
import { sampleCourseTexts, sampleModuleTexts } from '../../testing/sample-texts';
import { builtModuleTexts, builtSecondModuleTexts } from '../../testing/built-texts';
import { samplePartnership, samplePartnershipTexts } from '../../testing/sample-partnership';
import { HelpProvider } from '../../features/help/help-context';
import { PartnershipProvider, type PartnershipBuild } from '../../lib/partnership/partnership-context';
import type { QuickExit } from '../../features/quick-exit/create-quick-exit';
import { QuickExitProvider } from '../../features/quick-exit/quick-exit-context';
import { App } from '../app';

// The app loads its module and assessment screens lazily. Importing them once here means a
// test never waits on their first transform mid-flow, so timings under load stay like a browser's.
await Promise.all([import('../module-screen'), import('../final-assessment-screen'), import('../course-machine-start')]);
import { createCourseDriver } from '../course-driver';
import type { ContentSource } from '../content-source';
import { createModuleStore } from '../module-store';
import { QuestionNamespaces } from '../question-namespaces';
import type { TrackingSeam } from '../tracking-seam';

export interface AppHarnessOptions {
  progress?: ProgressRecord;
  /** The sample module's structure. */
  sample?: Module;
  /** Loads it (a test may make this fail, as a lost connection would). */
  loadSample?: () => Promise<Module>;
  /** The sample module's texts as written in its locale file (default: sampleModuleTexts). */
  sampleTexts?: ContentBundle;
  /** Who the build is for, and which build it is (default: the sample partnership, version 1.2.0 built 2026-12-04). */
  build?: PartnershipBuild;
  /** Its texts (default: samplePartnershipTexts). */
  partnershipTexts?: ContentBundle;
}

const sampleBuild: PartnershipBuild = { partnership: samplePartnership, buildInfo: { courseVersion: '1.2.0', builtOn: '2026-12-04' } };

/** The real App over in-memory content, with a tracking seam that records what the course emits. */
export function renderApp({
  progress,
  sample = buildModule(),
  loadSample = () => Promise.resolve(sample),
  sampleTexts = sampleModuleTexts,
  build = sampleBuild,
  partnershipTexts = samplePartnershipTexts,
}: AppHarnessOptions = {}) {
  const course = buildCourse();
  const second = buildModule({ id: 'second', steps: [{ id: 'only', type: 'lesson' }], scenarios: [], questions: [] });
  const source: ContentSource = {
    moduleLoaders: { sample: loadSample, second: () => Promise.resolve(second) },
    moduleLocaleLoaders: {
      // As the build ships them: Markdown compiled against each module's structure.
      sample: { 'en-GB': () => Promise.resolve(builtModuleTexts(sample, sampleTexts)) },
      second: { 'en-GB': () => Promise.resolve(builtSecondModuleTexts(second)) },
    },
  };
  const { i18n, missingKeys } = createTestI18n({
    content: { [courseNamespace(course.id)]: sampleCourseTexts, [partnershipNamespace]: partnershipTexts },
    // As in the course: the screens loaded on demand bring their own texts, or show raw keys.
    uiParts: [],
  });
  const questionNamespaces = new QuestionNamespaces();
  const emitted: CourseEmitted[] = [];
  const tracking: TrackingSeam = {
    initial: { progress, language: null, learnerId: null },
    connect: (actor) => {
      const subscription = actor.on('*', (event) => emitted.push(event));
      return () => subscription.unsubscribe();
    },
  };
  // As the app does: the course machine loads on the learner's first event.
  const driver = createCourseDriver({
    course,
    progress,
    loadMachine: async () => {
      const { startCourseMachine } = await import('../course-machine-start');
      const loaders = { source, store: createModuleStore(source), i18n, languages: () => ['en-GB'], questionNamespaces };
      return (from) => startCourseMachine({ course, progress: from, seed: 7, content: loaders, tracking });
    },
  });
  const content = {
    resolveMedia: (moduleId: string, src: string) => `/media/${moduleId}/${src}`,
    questionNamespace: questionNamespaces.namespaceOf,
    loadReferences: () => Promise.resolve({ 'en-GB': [{ id: 'kcsie', citation: [['p', 'Department for Education, KCSIE, 2025.']], modules: ['sample'] }] } as const),
  };
  const user = userEvent.setup({ delay: null });
  // jsdom cannot navigate: the quick exit only records that it was asked to leave.
  const quickExit = vi.fn<QuickExit>(() => 'page');
  const view = render(
    <QuickExitProvider exit={quickExit}>
      <PartnershipProvider value={build}>
        <HelpProvider frontDoor={build.partnership.frontDoor}>
          <App i18n={i18n} course={driver} content={content} />
        </HelpProvider>
      </PartnershipProvider>
    </QuickExitProvider>,
  );
  return { ...view, user, emitted, missingKeys, i18n, quickExit, sampleNamespace: moduleNamespace('sample') };
}

