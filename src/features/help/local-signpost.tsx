import { useHelp } from './help-context';
import { FrontDoorItem } from './front-door-item';

/**
 * Where a worry about a child goes, for other screens to show (a module's key points card):
 * the partnership's front door, or in the national build the learner's own council. Its name
 * is a level-4 heading, under the level-3 heading the screen gives it.
 */
export function LocalSignpost() {
  const { frontDoor } = useHelp();
  return (
    <ul className="help-panel__list">
      <FrontDoorItem frontDoor={frontDoor} headingLevel={4} />
    </ul>
  );
}
