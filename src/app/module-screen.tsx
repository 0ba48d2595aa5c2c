import { useSelector } from '../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import { currentStep, type ModuleActorRef } from '../course/machines/module-machine';
import { moduleNamespace, moduleText } from '../course/text-keys';
import { useContentText } from '../lib/i18n/use-content-text';
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
import { useAppContent } from './app-content-context';
import { AssessmentScreen } from './assessment-screen';

interface ModuleScreenProps {
  moduleRef: ModuleActorRef;
  onTakeBreak: () => void;
}

/** A running module's screen, with how far through the module the learner is above it. */
export function ModuleScreen({ moduleRef, onTakeBreak }: ModuleScreenProps) {
  return (
    <>
      <ModuleProgress moduleRef={moduleRef} />
      <ModuleStepScreen moduleRef={moduleRef} onTakeBreak={onTakeBreak} />
    </>
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
  const text = useContentText(namespace);
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
      return <ModuleSummary moduleRef={moduleRef} />;
    case 'lesson':
      return step?.type === 'lesson' ? <LessonScreen key={step.id} moduleRef={moduleRef} step={step} resolveMedia={resolveMedia} renderBlocks={(input) => <LessonBlocks moduleRef={moduleRef} {...input} />} /> : null;
    case 'scenario':
      return step && scenarioRef ? <ScenarioPlayer key={step.id} scenarioRef={scenarioRef} namespace={namespace} onTakeBreak={takeBreak} help={help} /> : null;
    case 'knowledge-check':
      return step && checkRef ? (
        <AssessmentScreen key={step.id} assessmentRef={checkRef} namespaceOf={() => namespace} title={text(moduleText.stepTitle(step.id))} />
      ) : null;
    case null:
      return null;
  }
}
