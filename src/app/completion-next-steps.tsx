import { FrontDoorItem } from '../features/help/front-door-item';
import { useHelp } from '../features/help/help-context';
import { InfoScreenLink } from '../features/info-screens/info-screen-link';

/** The completion screen's next steps: the help panel's front door (the partnership's data) and the References. */
export function CompletionNextSteps() {
  const { frontDoor } = useHelp();
  return (
    <>
      <ul className="course-complete__next">
        <FrontDoorItem frontDoor={frontDoor} />
      </ul>
      <p>
        <InfoScreenLink screen="references" />
      </p>
    </>
  );
}
