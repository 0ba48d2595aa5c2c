import { useSelector } from '../../lib/state/use-selector';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../course/schema/module-schema';
import { currentNode, lastTaken } from '../../course/machines/scenario-machine';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { FeedbackRegion } from '../../components/ui/feedback-region';
import { useFocusOnMount } from '../../components/ui/use-focus-on-mount';
import type { ScenarioActorRef } from './scenario-actor';
import { ScenarioHeader } from './scenario-header';
import { ChoiceForm } from './choice-form';
import { ChoiceFeedback } from './choice-feedback';
import { cueOf } from './choice-cue';
import { MessageThread } from './message-thread';
import { ScenePeople } from './scene-people';

const OUTCOME = { good: 'correct', partly: 'neutral', risky: 'incorrect' } as const;

interface ScenarioNodeScreenProps {
  scenarioRef: ScenarioActorRef;
  scenario: Scenario;
  text: MarkedContentText;
  markdown: ContentMarkdown;
}

/**
 * A point in the story: who is there, what is happening (and, online, the message
 * thread), the choices, then the feedback on the choice made; a choice sent as a reply
 * joins the thread. The feedback region is in the page from the start so that screen
 * readers announce it when it fills; focus moves to "Continue".
 */
export function ScenarioNodeScreen({ scenarioRef, scenario, text, markdown }: ScenarioNodeScreenProps) {
  const { t } = useTranslation();
  const focusOnMount = useFocusOnMount<HTMLButtonElement>();
  const node = useSelector(scenarioRef, (s) => currentNode(s.context));
  const choosing = useSelector(scenarioRef, (s) => s.hasTag('choosing'));
  const taken = useSelector(scenarioRef, (s) => (s.hasTag('feedback') ? lastTaken(s.context) : undefined));
  if (!node) return null;
  return (
    <>
      <ScenarioHeader scenario={scenario} text={text} />
      <ScenePeople scenario={scenario} node={node} text={text} />
      <div className="scenario__narrative">
        <Markdown content={markdown(moduleText.nodeText(scenario.id, node.id))} />
      </div>
      <MessageThread
        scenario={scenario}
        node={node}
        text={text}
        {...(taken?.choice.reply ? { reply: text.node(moduleText.choiceLabel(scenario.id, node.id, taken.choice.id)) } : {})}
      />
      {choosing && <ChoiceForm scenarioRef={scenarioRef} scenarioId={scenario.id} node={node} text={text} />}
      <FeedbackRegion outcome={taken ? OUTCOME[cueOf(taken.choice.score)] : 'neutral'}>
        {taken && <ChoiceFeedback scenarioId={scenario.id} taken={taken} text={text} markdown={markdown} />}
      </FeedbackRegion>
      {taken && (
        <ButtonRow>
          <Button ref={focusOnMount} onClick={() => scenarioRef.send({ type: 'nav.next' })}>
            {t('nav.continue')}
          </Button>
        </ButtonRow>
      )}
    </>
  );
}
