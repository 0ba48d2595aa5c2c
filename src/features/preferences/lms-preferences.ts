import { samePreferences, type LearnerPreferences } from '../../course/progress/learner-preferences';
import { defaultPreferences } from './default-preferences';
import { pickPreferences, usePreferencesStore } from './preferences-store';

/** What the preferences need of LMS tracking (the app's tracking session fits). */
export interface PreferencesRecord {
  /** The preferences the LMS kept for this learner, if any. */
  readonly initial: LearnerPreferences | undefined;
  save(preferences: LearnerPreferences): void;
}

/**
 * Keeps the learner's preferences in their LMS record as well as in this browser, so
 * they follow the learner to another computer. The LMS record wins at launch: it is
 * this learner's, while this browser may be shared. Preferences chosen here before
 * the LMS held any are carried over to it. Returns a function that stops.
 */
export function syncPreferencesWithLms(record: PreferencesRecord): () => void {
  const current = (): LearnerPreferences => pickPreferences(usePreferencesStore.getState());
  if (record.initial) usePreferencesStore.getState().restore(record.initial);
  else if (!samePreferences(current(), defaultPreferences())) record.save(current());
  return usePreferencesStore.subscribe((state, previous) => {
    const next = pickPreferences(state);
    if (!samePreferences(next, pickPreferences(previous))) record.save(next);
  });
}
