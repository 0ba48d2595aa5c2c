import { useTranslation } from 'react-i18next';
import { moduleText } from '../../course/module-text-keys';
import type { TakenChoice } from '../../course/scoring/scenario-scoring';
import type { ContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { ChoiceCue } from './choice-cue';

interface ChoiceFeedbackProps {
  scenarioId: string;
  taken: TakenChoice;
  text: ContentText;
  markdown: ContentMarkdown;
}

/** How good the choice was (icon and words), what the learner chose, and why it matters. */
export function ChoiceFeedback({ scenarioId, taken, text, markdown }: ChoiceFeedbackProps) {
  const { t } = useTranslation();
  const { nodeId, choice } = taken;
  return (
    <>
      <h2>{t('scenario.feedbackHeading')}</h2>
      <p className="feedback__cue">
        <ChoiceCue score={choice.score} />
      </p>
      <p className="feedback__choice">{t('scenario.youChose', { choice: text(moduleText.choiceLabel(scenarioId, nodeId, choice.id)) })}</p>
      <Markdown content={markdown(moduleText.choiceFeedback(scenarioId, nodeId, choice.id))} headingLevel={3} />
    </>
  );
}
