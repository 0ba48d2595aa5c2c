import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../course/schema/module-schema';
import { currentNode } from '../../course/machines/scenario-machine';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import type { ScenarioActorRef } from './scenario-actor';
import { ScenarioHeader } from './scenario-header';
import { ChoiceCue } from './choice-cue';

interface ScenarioEndingProps {
  scenarioRef: ScenarioActorRef;
  scenario: Scenario;
  text: MarkedContentText;
  markdown: ContentMarkdown;
}

/**
 * How the story ended, the path that led there (each choice with its cue), the score,
 * and "Try another path": a new attempt from the start, the best score kept.
 */
export function ScenarioEnding({ scenarioRef, scenario, text, markdown }: ScenarioEndingProps) {
  const { t } = useTranslation();
  const node = useSelector(scenarioRef, (s) => currentNode(s.context));
  const taken = useSelector(scenarioRef, (s) => s.context.taken);
  const score = useSelector(scenarioRef, (s) => s.context.score);
  const maxScore = useSelector(scenarioRef, (s) => s.context.maxScore);
  const earlier = useSelector(scenarioRef, (s) => s.context.earlierAttempts);
  const bestEarlier = useSelector(scenarioRef, (s) => s.context.bestEarlierScore);
  // An ending node tells the end of the story; when a choice ended it, its feedback already did.
  const isEndingNode = node !== undefined && node.choices.length === 0;
  return (
    <>
      <ScenarioHeader scenario={scenario} text={text} />
      <h2>{t('scenario.endingHeading')}</h2>
      {isEndingNode && <Markdown content={markdown(moduleText.nodeText(scenario.id, node.id))} headingLevel={3} />}
      <p className="scenario__score">{t('scenario.score', { score, maxScore })}</p>
      {earlier > 0 && (
        <p className="scenario__best">
          {t('scenario.attempt', { number: earlier + 1 })} {t('scenario.best', { score: Math.max(score, bestEarlier), maxScore })}
        </p>
      )}
      <h3>{t('scenario.recapHeading')}</h3>
      <ol className="recap">
        {taken.map(({ nodeId, choice }) => (
          <li key={`${nodeId}.${choice.id}`} className="recap__step">
            <span className="recap__choice">{text.node(moduleText.choiceLabel(scenario.id, nodeId, choice.id))}</span>
            <ChoiceCue score={choice.score} />
          </li>
        ))}
      </ol>
      <ButtonRow>
        <Button onClick={() => scenarioRef.send({ type: 'nav.next' })}>{t('scenario.finish')}</Button>
        <Button variant="secondary" onClick={() => scenarioRef.send({ type: 'scenario.restart' })}>
          {t('scenario.tryAnother')}
        </Button>
      </ButtonRow>
    </>
  );
}
