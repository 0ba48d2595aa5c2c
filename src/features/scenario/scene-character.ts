import type { Scenario } from '../../course/schema/module-schema';
import type { CharacterRole } from '../../course/schema/scenario-scene-schema';
import type { AvatarAge } from '../../components/ui/art/avatar';

/** How old a role's avatar looks; someone met online is drawn as an unknown silhouette. */
export const avatarAge = (role: CharacterRole): AvatarAge => {
  switch (role) {
    case 'child':
      return 'child';
    case 'young-person':
    case 'friend':
      return 'young';
    case 'online-contact':
      return 'unknown';
    case 'parent':
    case 'carer':
    case 'practitioner':
    case 'other':
      return 'adult';
  }
};

/** A character's avatar seed: unique in the course, stable across builds. */
export const avatarSeed = (scenario: Scenario, characterId: string): string => `${scenario.id}.${characterId}`;

export const characterOf = (scenario: Scenario, characterId: string) => scenario.characters?.find((c) => c.id === characterId);
