import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../course/schema/module-schema';
import { moduleText } from '../../course/text-keys';
import type { ContentText } from '../../lib/i18n/use-content-text';
import { Markdown } from '../../lib/markdown/markdown';
import { Button } from '../../components/ui/button';
import { ButtonRow } from '../../components/ui/button-row';
import { HelpToggle } from '../../components/ui/help-toggle';

interface ScenarioIntroProps {
  scenario: Scenario;
  text: ContentText;
  onStart: () => void;
}

/** Sets the scene, with the scenario's own content warning and support when it has one. */
export function ScenarioIntro({ scenario, text, onStart }: ScenarioIntroProps) {
  const { t } = useTranslation();
  return (
    <>
      {scenario.contentWarning && (
        <aside className="content-warning-note">
          <h2>{t('module.warning.title')}</h2>
          <Markdown text={text(moduleText.scenarioContentWarning(scenario.id))} headingLevel={3} />
          <HelpToggle label={t('module.warning.getHelp')} />
        </aside>
      )}
      <Markdown text={text(moduleText.scenarioIntro(scenario.id))} />
      <ButtonRow>
        <Button onClick={onStart}>{t('scenario.start')}</Button>
      </ButtonRow>
    </>
  );
}
