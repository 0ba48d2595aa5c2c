import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import { Markdown } from '../../lib/markdown/markdown';
import type { ContentMarkdown } from '../../lib/markdown/use-content-markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { Cover } from '../../components/ui/art/cover';
import { coverArt } from '../../lib/art/cover-art';

interface ScenarioIntroProps {
  scenario: Scenario;
  markdown: ContentMarkdown;
  onStart: () => void;
  /** Leave for the menu instead; progress is kept. Offered with the content warning. */
  onTakeBreak: () => void;
  /** The control that opens the page's help panel ("Get help"), offered with the content warning. */
  help: ReactNode;
}

/**
 * Sets the scene. A scenario with its own content warning shows it first, with the
 * same three ways on as a module's: start, take a break, or get help.
 */
export function ScenarioIntro({ scenario, markdown, onStart, onTakeBreak, help }: ScenarioIntroProps) {
  const { t } = useTranslation();
  const warningHeadingId = useId();
  // Told online (a message thread) or in person: the motif says which, the colours follow the id.
  const online = scenario.nodes.some((n) => n.messages !== undefined);
  return (
    <>
      <Cover art={coverArt(online ? 'contact' : 'talking', scenario.id, scenario.cover)} className="cover scenario__cover" />
      {scenario.contentWarning && (
        <aside className="content-warning-note" aria-labelledby={warningHeadingId}>
          <h2 id={warningHeadingId}>{t('module.warning.title')}</h2>
          <Markdown content={markdown(moduleText.scenarioContentWarning(scenario.id))} headingLevel={3} />
          <p>{t('module.warning.takeBreakHint')}</p>
          <ButtonRow>
            <Button variant="secondary" onClick={onTakeBreak}>
              {t('module.warning.takeBreak')}
            </Button>
            {help}
          </ButtonRow>
        </aside>
      )}
      <Markdown content={markdown(moduleText.scenarioIntro(scenario.id))} />
      <ButtonRow>
        <Button onClick={onStart}>{t('scenario.start')}</Button>
      </ButtonRow>
    </>
  );
}
