import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../course/schema/module-schema';
import { currentNode } from '../../course/machines/scenario-machine';
import { moduleText } from '../../course/text-keys';
import type { ContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import type { ScenarioActorRef } from './scenario-actor';
import { ScenarioHeader } from './scenario-header';

interface ScenarioEndingProps {
  scenarioRef: ScenarioActorRef;
  scenario: Scenario;
  text: ContentText;
  markdown: ContentMarkdown;
}

/** How the story ended and the score of the path taken. */
export function ScenarioEnding({ scenarioRef, scenario, text, markdown }: ScenarioEndingProps) {
  const { t } = useTranslation();
  const node = useSelector(scenarioRef, (s) => currentNode(s.context));
  const score = useSelector(scenarioRef, (s) => s.context.score);
  const maxScore = useSelector(scenarioRef, (s) => s.context.maxScore);
  // An ending node tells the end of the story; when a choice ended it, its feedback already did.
  const isEndingNode = node !== undefined && node.choices.length === 0;
  return (
    <>
      <ScenarioHeader scenario={scenario} text={text} />
      <h2>{t('scenario.endingHeading')}</h2>
      {isEndingNode && <Markdown content={markdown(moduleText.nodeText(scenario.id, node.id))} headingLevel={3} />}
      <p className="scenario__score">{t('scenario.score', { score, maxScore })}</p>
      <ButtonRow>
        <Button onClick={() => scenarioRef.send({ type: 'nav.next' })}>{t('scenario.finish')}</Button>
      </ButtonRow>
    </>
  );
}
