import type { InteractionRecord } from './interaction-record';
import { countOf, type ExtraWrites, type LmsAccess, type LmsConnection } from './lms-connection';
import type { Element } from './scorm-port';
import type { ObjectiveReport } from './tracking-port';

/**
 * Recording interactions and module objectives in a SCORM session. Nothing is recorded before
 * the learner acts, so this and each version's formats (scorm12-records.ts,
 * scorm2004-records.ts) download with the course's writing side (TrackingPort.prepare), off
 * the first screen.
 */

/** How one SCORM version writes an interaction and an objective. */
export interface ScormRecords {
  /** An objective's values other than its id, under `cmi.objectives.<index>.`. */
  objective(objective: ObjectiveReport): Element[];
  /** An interaction's [field, value] pairs in the order they must be set. */
  interaction(record: InteractionRecord): Element[];
}

export interface Recorder {
  recordInteraction(record: InteractionRecord): void;
  reportObjective(objective: ObjectiveReport): void;
  /** The connection's word that the LMS refused an element for good. */
  rejected(element: string): void;
}

export type RecorderFactory = (connection: LmsConnection) => Recorder;

interface PendingInteraction {
  /** [field, value] in the order they must be set, e.g. ['id', 'kc__contact__q1']. */
  fields: readonly Element[];
  /** Its slot in cmi.interactions once taken (from _count when its id is first written). */
  index: number | null;
  /** Fields already accepted. */
  written: number;
}

/** Interactions are appended, never rewritten: each takes the next free slot when its id is first written. */
class InteractionQueue implements ExtraWrites {
  private readonly queue: PendingInteraction[] = [];

  append(fields: readonly Element[]): void {
    this.queue.push({ fields, index: null, written: 0 });
  }

  write(lms: LmsAccess): boolean {
    while (this.queue.length > 0) {
      if (!this.writeOne(lms, this.queue[0] as PendingInteraction)) return false;
      this.queue.shift();
    }
    return true;
  }

  private writeOne(lms: LmsAccess, interaction: PendingInteraction): boolean {
    if (interaction.index === null) {
      const count = lms.get('cmi.interactions._count');
      if (!count.ok && !count.rejected) return lms.failed(count);
      interaction.index = count.ok ? countOf(count.value) : 0;
    }
    while (interaction.written < interaction.fields.length) {
      const [field, value] = interaction.fields[interaction.written] as Element;
      const element = `cmi.interactions.${interaction.index}.${field}`;
      const outcome = lms.set(element, value);
      if (!outcome.ok && !outcome.rejected) return lms.failed(outcome);
      if (!outcome.ok) {
        lms.warn(`Tracking: the LMS rejected ${element} = "${value}": ${outcome.detail}`);
        // Without its id the slot was never taken: nothing more of this interaction can be written.
        if (interaction.written === 0) return true;
      }
      interaction.written += 1;
    }
    return true;
  }
}

export function scormRecorder(records: ScormRecords): RecorderFactory {
  return (connection) => {
    const interactions = new InteractionQueue();
    connection.attachWrites(interactions);

    /** Objectives by id and their index; read from the LMS when the first is reported (see `slotOf`). */
    let slots: Map<string, number> | null = null;
    /** The first index after every entry the LMS holds or the course has taken. */
    let nextSlot = 0;

    /**
     * Finds the objectives the LMS already holds by id: an LMS may have filled some in
     * before the course starts (Moodle puts the manifest's primary objective at
     * cmi.objectives.0 in SCORM 2004), and an id can be written only once, at its own index.
     */
    function readSlots(): Map<string, number> {
      const found = new Map<string, number>();
      const count = countOf(connection.read('cmi.objectives._count'));
      for (let i = 0; i < count; i++) {
        const id = connection.read(`cmi.objectives.${i}.id`);
        if (id !== null && id !== '' && !found.has(id)) found.set(id, i);
      }
      nextSlot = count;
      return found;
    }

    function slotOf(id: string): number {
      slots ??= readSlots();
      const known = slots.get(id);
      if (known !== undefined) return known;
      const slot = nextSlot;
      nextSlot += 1;
      slots.set(id, slot);
      return slot;
    }

    return {
      recordInteraction(record) {
        interactions.append(records.interaction(record));
      },
      reportObjective(objective) {
        const slot = slotOf(objective.id);
        connection.set(`cmi.objectives.${slot}.id`, objective.id);
        for (const [field, value] of records.objective(objective)) connection.set(`cmi.objectives.${slot}.${field}`, value);
      },
      rejected(element) {
        const index = /^cmi\.objectives\.(\d+)\.id$/.exec(element)?.[1];
        if (index === undefined) return;
        // The objective was not created there (or the index holds another): its other fields go, and the next report takes a new index.
        connection.forgetUnder(`cmi.objectives.${index}.`);
        for (const [id, slot] of slots ?? []) if (slot === Number(index)) slots?.delete(id);
        nextSlot = Math.max(nextSlot, Number(index) + 1);
      },
    };
  };
}
