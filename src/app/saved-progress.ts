import type { Decoded } from '../course/progress/progress-content';
import { emptyProgress } from '../course/progress/progress-record';
import { modulesToRead } from '../course/progress/saved-modules';
import type { Course } from '../course/schema/course-schema';
import type { ModuleStore } from './module-store';

/**
 * Reads the progress the LMS (or this browser) saved. Nothing saved, as on a first
 * visit, needs nothing more; otherwise the decoder and the structures of the modules
 * the text names load together, one round trip. A module that fails to load fails the
 * start rather than being read as absent: reading without it would drop the learner's
 * progress in it, and the next save would make that loss permanent.
 */
export async function readSavedProgress(text: string, course: Course, store: Pick<ModuleStore, 'modules'>): Promise<Decoded> {
  if (text.trim() === '') return { progress: emptyProgress(), warnings: [] };
  const [decoder, modules] = await Promise.all([import('../course/progress/progress-decoder'), store.modules(modulesToRead(text, course))]);
  return decoder.decodeProgress(text, { course, modules });
}
