import type { SnapshotFrom } from 'xstate';
import type { moduleMachine } from '../../course/machines/module-machine';

export type ModuleScreen = 'warning' | 'intro' | 'lesson' | 'scenario' | 'knowledge-check' | 'summary';

const SCREENS: readonly ModuleScreen[] = ['warning', 'intro', 'lesson', 'scenario', 'knowledge-check', 'summary'];

/** Which screen a module snapshot shows, read from its tags; null once the module is done. */
export function moduleScreenOf(snapshot: SnapshotFrom<typeof moduleMachine>): ModuleScreen | null {
  return SCREENS.find((screen) => snapshot.hasTag(screen)) ?? null;
}
