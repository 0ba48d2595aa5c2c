import { useTranslation } from 'react-i18next';
import type { Scenario, ScenarioNode } from '../../course/schema/module-schema';
import { moduleText } from '../../course/module-text-keys';
import type { MarkedContentText } from '../../lib/i18n/use-content-text';
import { Avatar } from '../../components/ui/art/avatar';
import { avatarAge, avatarSeed, characterOf } from './scene-character';

/** Who is in the scene: each person's avatar (decorative), name and role. */
export function ScenePeople({ scenario, node, text }: { scenario: Scenario; node: ScenarioNode; text: MarkedContentText }) {
  const { t } = useTranslation();
  const present = (node.present ?? []).flatMap((id) => {
    const character = characterOf(scenario, id);
    return character ? [character] : [];
  });
  if (present.length === 0) return null;
  return (
    <ul className="scene-people" aria-label={t('scenario.present')}>
      {present.map((character) => (
        <li key={character.id} className="scene-people__person">
          <Avatar seed={avatarSeed(scenario, character.id)} age={avatarAge(character.role)} className="scene-people__avatar" />
          <span className="scene-people__name">
            {text.node(moduleText.characterName(scenario.id, character.id))}
            <span className="scene-people__role">{t(`scenario.role.${character.role}`)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
