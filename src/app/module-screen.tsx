import '../styles/activities.css';
import type { ReactNode } from 'react';
import { useSelector } from '../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import { currentStep, type ModuleActorRef } from '../course/machines/module-machine';
import { moduleNamespace } from '../course/text-keys';
import { moduleText } from '../course/module-text-keys';
import { useMarkedContentText } from '../lib/i18n/use-marked-content-text';
import { moduleScreenOf } from '../features/module-player/module-screen-of';
import { ContentWarningScreen } from '../features/module-player/content-warning-screen';
import { ModuleIntro } from '../features/module-player/module-intro';
import { LessonScreen } from '../features/module-player/lesson-screen';
import { LessonBlocks } from '../features/lesson-blocks/lesson-blocks';
import { ModuleSummary } from '../features/module-player/module-summary';
import { ModuleProgress } from '../features/module-player/module-progress';
import { ScenarioPlayer } from '../features/scenario/scenario-player';
import { useBreakStore } from '../features/help/break-store';
import { HelpButton } from '../features/help/help-button';
import { LocalSignpost } from '../features/help/local-signpost';
import { useAppContent } from './app-content-context';
import { AssessmentScreen } from './assessment-screen';
import { UntranslatedNote } from '../features/language/untranslated-note';
import type { ModuleScreen as ModuleScreenKind } from '../features/module-player/module-screen-of';
import type { Step } from '../course/schema/module-schema';

interface ModuleScreenProps {
  moduleRef: ModuleActorRef;
  onTakeBreak: () => void;
}

/** A running module's screen, with how far through the module the learner is above it. */
export function ModuleScreen({ moduleRef, onTakeBreak }: ModuleScreenProps) {
  return (
    <>
      <ModuleProgress moduleRef={moduleRef} />
      <ModuleUntranslatedNote moduleRef={moduleRef}>
        <ModuleStepScreen moduleRef={moduleRef} onTakeBreak={onTakeBreak} />
      </ModuleUntranslatedNote>
    </>
  );
}

/** The text keys a module screen shows, as prefixes, to tell whether any lacks a translation. */
function screenKeyPrefixes(screen: ModuleScreenKind | null, step: Step | undefined): string[] {
  switch (screen) {
    case 'warning':
      return [moduleText.contentWarning];
    case 'intro':
      return ['intro', 'objectives'];
    case 'summary':
      return ['summary', 'objectives'];
    default:
      if (!step) return [];
      if (step.type === 'scenario') return [`steps.${step.id}`, `scenarios.${step.scenario}`];
      if (step.type === 'knowledge-check') return [`steps.${step.id}`, ...step.questions.map((id) => `questions.${id}`)];
      return [`steps.${step.id}`];
  }
}

/** "Not yet translated", above a screen whose texts are (partly) shown in English. */
function ModuleUntranslatedNote({ moduleRef, children }: { moduleRef: ModuleActorRef; children: ReactNode }) {
  const screen = useSelector(moduleRef, moduleScreenOf);
  const step = useSelector(moduleRef, (s) => currentStep(s.context));
  const namespace = moduleNamespace(useSelector(moduleRef, (s) => s.context.module.id));
  return (
    <UntranslatedNote namespace={namespace} keyPrefixes={screenKeyPrefixes(screen, step)}>
      {children}
    </UntranslatedNote>
  );
}

/** Routes a running module to its screen; steps are keyed by id so every step is a new screen. */
function ModuleStepScreen({ moduleRef, onTakeBreak }: ModuleScreenProps) {
  const { resolveMedia } = useAppContent();
  const screen = useSelector(moduleRef, moduleScreenOf);
  const step = useSelector(moduleRef, (s) => currentStep(s.context));
  const namespace = moduleNamespace(useSelector(moduleRef, (s) => s.context.module.id));
  const scenarioRef = useSelector(moduleRef, (s) => s.children.scenario);
  const checkRef = useSelector(moduleRef, (s) => s.children.check);
  const text = useMarkedContentText(namespace);
  const { t } = useTranslation();
  const startBreak = useBreakStore((s) => s.startBreak);
  // Back to the menu first (which saves: a milestone commit), then the kind word there.
  const takeBreak = (): void => {
    onTakeBreak();
    startBreak();
  };
  const help = <HelpButton label={t('module.warning.getHelp')} />;

  switch (screen) {
    case 'warning':
      return <ContentWarningScreen moduleRef={moduleRef} onTakeBreak={takeBreak} help={help} />;
    case 'intro':
      return <ModuleIntro moduleRef={moduleRef} />;
    case 'summary':
      return <ModuleSummary moduleRef={moduleRef} signpost={<LocalSignpost />} />;
    case 'lesson':
      return step?.type === 'lesson' ? <LessonScreen key={step.id} moduleRef={moduleRef} step={step} resolveMedia={resolveMedia} renderBlocks={(input) => <LessonBlocks moduleRef={moduleRef} {...input} />} /> : null;
    case 'scenario':
      return step && scenarioRef ? <ScenarioPlayer key={step.id} scenarioRef={scenarioRef} namespace={namespace} onTakeBreak={takeBreak} help={help} /> : null;
    case 'knowledge-check':
      return step && checkRef ? (
        <AssessmentScreen key={step.id} assessmentRef={checkRef} namespaceOf={() => namespace} title={text.node(moduleText.stepTitle(step.id))} />
      ) : null;
    case null:
      return null;
  }
}
