import { useEffect } from 'react';
import { CourseActorContext } from './course-actor-context';
import type { TrackingSeam } from './tracking-seam';

/**
 * Connects LMS tracking to the course actor. Child effects run before the
 * Provider's, so this subscribes before the actor starts and misses none of its events.
 */
export function TrackingConnection({ tracking }: { tracking: TrackingSeam }) {
  const courseRef = CourseActorContext.useActorRef();
  useEffect(() => tracking.connect(courseRef), [tracking, courseRef]);
  return null;
}
