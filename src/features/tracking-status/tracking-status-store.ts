import { create } from 'zustand';
import type { TrackingEvent } from '../../lib/lms/tracking-port';

/**
 * Whether the learner needs telling that progress may not be saved. The tracking
 * session reports problems and recoveries; the notice shows the latest.
 */

export type TrackingNotice = 'none' | 'problem' | 'recovered';

interface TrackingStatusState {
  notice: TrackingNotice;
  /** The LMS's saved progress could not be read, and the learner has not acted since. */
  unreadableProgress: boolean;
  show(event: TrackingEvent): void;
}

export const useTrackingStatusStore = create<TrackingStatusState>()((set) => ({
  notice: 'none',
  unreadableProgress: false,
  show: (event) =>
    set((state) => {
      if (event.type === 'problem') return { notice: 'problem' };
      // "Saved again" only means something to a learner who was told it was not.
      return { notice: state.notice === 'problem' ? 'recovered' : state.notice };
    }),
}));

/** The learner starts again because their saved progress could not be read; `false` once they act. */
export const showUnreadableProgress = (shown: boolean): void => useTrackingStatusStore.setState({ unreadableProgress: shown });

/** Pass to the tracking session's `subscribe`. */
export const showTrackingEvent = (event: TrackingEvent): void => useTrackingStatusStore.getState().show(event);
