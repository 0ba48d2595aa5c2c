import { createActorContext } from '@xstate/react';
import { courseMachine } from '../course/machines/course-machine';

/**
 * The one course actor of the page. The app renders its Provider with the real
 * loaders (`logic={courseMachine.provide(...)}`) and the learner's saved progress;
 * screens read it with narrow selectors and hand child actor refs to features.
 */
export const CourseActorContext = createActorContext(courseMachine);
