import type { Scenario } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import { ScreenHeading } from '../../components/ui/screen-heading';
import { PerspectiveLabel } from './perspective-label';

/** Title (the screen's h1, focused on each new node) and whose point of view it is. */
export function ScenarioHeader({ scenario, text }: { scenario: Scenario; text: MarkedContentText }) {
  return (
    <header className="scenario__header">
      <ScreenHeading>{text.node(moduleText.scenarioTitle(scenario.id))}</ScreenHeading>
      <PerspectiveLabel perspective={scenario.perspective} />
    </header>
  );
}
