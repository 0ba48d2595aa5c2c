import '../styles/main.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  buildInfo,
  course,
  courseLocales,
  mediaUrls,
  moduleFacts,
  moduleLoaders,
  moduleLocaleLoaders,
  partnership,
  partnershipLocaleLoaders,
  partnershipLocales,
  partnershipLogoUrl,
  progressSalt,
} from 'virtual:course-content';
import { hashString } from '../course/random';
import { partnershipNamespace } from '../course/text-keys';
import { addContentBundle } from '../lib/i18n/content-bundle';
import { createI18n } from '../lib/i18n/create-i18n';
import { chooseStartLanguage } from '../lib/i18n/choose-language';
import { syncDocumentLanguage } from '../lib/i18n/document-language';
import { App } from './app';
import { loadCourseTexts } from './course-texts';
import { createCourseDriver } from './course-driver';
import { createModuleStore } from './module-store';
import { QuestionNamespaces } from './question-namespaces';
import { StartError } from './start-error';
import { startTrackingSession } from './tracking-session';
import { everyModuleTextLoader } from './every-module-text';
import { LearnerSessionContext } from '../lib/learner/learner-session';
import { showTrackingEvent, showUnreadableProgress } from '../features/tracking-status/tracking-status-store';
import { createQuickExit } from '../features/quick-exit/create-quick-exit';
import { QuickExitProvider } from '../features/quick-exit/quick-exit-context';
import { HelpProvider } from '../features/help/help-context';
import { PartnershipProvider } from '../lib/partnership/partnership-context';
import { startPreferences } from '../features/preferences/start-preferences';
import { syncPreferencesWithLms } from '../features/preferences/lms-preferences';

/** A learner's base seed for question draws: stable per learner in an LMS, random otherwise. */
const learnerSeed = (learnerId: string | null): number =>
  learnerId ? hashString(learnerId) : (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0);

async function start(root: HTMLElement): Promise<void> {
  // First, so the course never shows in the wrong size or colours, even for a moment.
  startPreferences({ courseId: course.id });
  const source = { moduleLoaders, moduleLocaleLoaders };
  const store = createModuleStore(source);
  // Tracking starts here, once: it reads the LMS (or local storage) and gives the saved
  // progress the course starts from; the course machine connects to it when it starts.
  const tracking = await startTrackingSession({ course, progressSalt, modules: store, courseVersion: buildInfo.courseVersion });
  tracking.subscribe(showTrackingEvent);
  if (tracking.initial.unreadableProgress) {
    showUnreadableProgress(true);
    tracking.whenRecordReleased(() => showUnreadableProgress(false));
  }
  // The preferences in the learner's LMS record win over this browser's; later changes go to both.
  syncPreferencesWithLms({ initial: tracking.initial.preferences, save: tracking.savePreferences });

  // A choice made in this course, else the LMS's learner preference, else the browser's languages.
  const language = chooseStartLanguage(course.locales, {
    saved: tracking.initial.savedLanguage,
    lms: tracking.initial.language,
    browser: navigator.languages,
  });
  const sourceLanguage = course.locales[0] ?? language;
  // Created in the source language and switched once the start language's texts are here:
  // i18next settles which language it resolves to when the language changes, not when texts arrive.
  const i18n = createI18n({ language: sourceLanguage });
  syncDocumentLanguage(i18n);
  // The source language is always loaded: every text not yet translated falls back to it.
  await loadCourseTexts(i18n, course.id, courseLocales, [sourceLanguage]);
  for (const [lng, texts] of Object.entries(partnershipLocales)) addContentBundle(i18n, partnershipNamespace, lng, texts);
  const languageTexts = { courseId: course.id, courseLocales, partnershipLocales: partnershipLocaleLoaders, moduleLocaleLoaders };
  // Switching code downloads only for a learner who starts in, or chooses, another language.
  const switchLanguage = async (chosen: string): Promise<void> => (await import('./language-switch')).switchLanguage(i18n, chosen, languageTexts);
  if (language !== sourceLanguage) await switchLanguage(language);
  // Modules opened later load their texts in the language shown then.
  const languages = (): string[] => [...new Set([i18n.language, sourceLanguage])];
  const languageChoice = {
    languages: course.locales,
    choose: async (chosen: string): Promise<void> => {
      await switchLanguage(chosen);
      tracking.saveLanguage(chosen);
    },
  };
  // In an LMS, quick exit saves and ends the session (exit "suspend") before it leaves.
  const quickExit = createQuickExit({ url: partnership.quickExitUrl, beforeLeave: tracking.saveAndFinish });

  const questionNamespaces = new QuestionNamespaces();
  const content = {
    resolveMedia: (moduleId: string, src: string) => mediaUrls[`${moduleId}/${src}`],
    questionNamespace: questionNamespaces.namespaceOf,
    moduleFacts,
    moduleSteps: (moduleId: string) => store.loaded()[moduleId]?.steps.map((step) => step.id),
    // Few learners open References: every module's sources are a chunk of their own, not on the first screen.
    loadReferences: () => import('virtual:course-references').then((m) => m.references),
    loadEveryModuleText: everyModuleTextLoader({ moduleIds: course.modules.map((m) => m.id), source, i18n, languages }),
  };
  const seed = learnerSeed(tracking.initial.learnerId);
  const driver = createCourseDriver({
    course,
    progress: tracking.initial.progress,
    // The course machine and XState download when the learner first acts, not with the menu,
    // and tracking's writing side with them, so the machine's first events are saved at once.
    loadMachine: async () => {
      const [{ startCourseMachine }] = await Promise.all([import('./course-machine-start'), tracking.loadWriter()]);
      const content = { source, store, i18n, languages, questionNamespaces };
      return (progress) => startCourseMachine({ course, progress, seed, content, tracking });
    },
  });

  // As a transition, React renders the first screen in slices of a few milliseconds instead of
  // one long task, so a slow phone never freezes while it does (total blocking time fell from
  // about 300 ms to under 50 in the bench: docs/performance.md).
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(
    <StrictMode>
      <QuickExitProvider exit={quickExit}>
        <PartnershipProvider value={{ partnership, logoUrl: partnershipLogoUrl, buildInfo }}>
          <HelpProvider frontDoor={partnership.frontDoor}>
            <LearnerSessionContext value={{ lmsLearnerName: tracking.initial.learnerName, timeSpentSeconds: tracking.timeSpentSeconds }}>
              <App i18n={i18n} course={driver} content={content} language={languageChoice} />
            </LearnerSessionContext>
          </HelpProvider>
        </PartnershipProvider>
      </QuickExitProvider>
    </StrictMode>,
  ));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no <div id="root">: the course has nowhere to render');
start(root).catch((error: unknown) => {
  console.error('The course could not start:', error);
  createRoot(root).render(<StartError i18n={createI18n()} />);
});
