import type { ReactNode } from 'react';
import { useSelector } from '../../lib/state/use-selector';
import type { SnapshotFrom } from 'xstate';
import type { scenarioMachine } from '../../course/machines/scenario-machine';
import { useMarkedContentText } from '../../lib/i18n/use-marked-content-text';
import { useContentMarkdown } from '../../lib/markdown/use-content-markdown';
import type { ScenarioActorRef } from './scenario-actor';
import { ScenarioHeader } from './scenario-header';
import { ScenarioIntro } from './scenario-intro';
import { ScenarioNodeScreen } from './scenario-node-screen';
import { ScenarioEnding } from './scenario-ending';
import './scene.css';

interface ScenarioPlayerProps {
  scenarioRef: ScenarioActorRef;
  /** Namespace of the module the scenario belongs to. */
  namespace: string;
  /** Leave for the menu from the scenario's content warning; progress is kept. */
  onTakeBreak: () => void;
  /** The control that opens the page's help panel, shown with the scenario's content warning. */
  help: ReactNode;
}

/**
 * Which part of the scenario is on screen. Each node is its own screen (keyed by
 * node), so the heading takes focus whenever the story moves on.
 */
const screenKey = (snapshot: SnapshotFrom<typeof scenarioMachine>): string | null => {
  if (snapshot.hasTag('intro')) return 'intro';
  if (snapshot.hasTag('ending')) return 'ending';
  if (snapshot.hasTag('choosing') || snapshot.hasTag('feedback')) return `node:${snapshot.context.nodeId}`;
  return null;
};

/** A branching scenario: intro, a node at a time with choices and feedback, then the ending and score. */
export function ScenarioPlayer({ scenarioRef, namespace, onTakeBreak, help }: ScenarioPlayerProps) {
  const text = useMarkedContentText(namespace);
  const markdown = useContentMarkdown(namespace);
  const scenario = useSelector(scenarioRef, (s) => s.context.scenario);
  const key = useSelector(scenarioRef, screenKey);
  if (key === null) return null;
  return (
    <section className="screen scenario">
      {key === 'intro' && (
        <div key={key}>
          <ScenarioHeader scenario={scenario} text={text} />
          <ScenarioIntro
            scenario={scenario}
            markdown={markdown}
            onStart={() => scenarioRef.send({ type: 'nav.next' })}
            onTakeBreak={onTakeBreak}
            help={help}
          />
        </div>
      )}
      {key === 'ending' && <ScenarioEnding key={key} scenarioRef={scenarioRef} scenario={scenario} text={text} markdown={markdown} />}
      {key.startsWith('node:') && <ScenarioNodeScreen key={key} scenarioRef={scenarioRef} scenario={scenario} text={text} markdown={markdown} />}
    </section>
  );
}
