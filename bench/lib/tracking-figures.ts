import type { ScormStats } from '../learner/scorm-observer';

/**
 * The figures that prove saving (issue 10, part 3), from the order of what the course
 * set and committed: a module counts as committed when a successful commit follows the
 * set that marked its objective complete; a final-assessment submission, when one
 * follows the set of the course's score.
 */
export interface TrackingFigures {
  modulesFinished: number;
  modulesCommitted: number;
  submissions: number;
  submissionsCommitted: number;
  answersGiven: number;
  interactionsStored: number;
  /** Objective id -> index, for the objectives the course wrote that the LMS accepted. */
  objectives: Record<string, number>;
  /** Module objectives stored under their own ids (not on an entry the LMS already held). */
  objectivesUnderOwnIds: number;
  errors: number;
  notices: number;
}

type Timeline = ScormStats['timeline'];

const committedAfter = (timeline: Timeline, index: number): boolean => timeline.slice(index + 1).some((e) => e.kind === 'commit' && e.ok);

export function trackingFigures(
  stats: Pick<ScormStats, 'timeline' | 'errors'>,
  facts: { moduleIds: readonly string[]; answersGiven: number; interactionsStored: number; notices: number; objectiveId: (moduleId: string) => string },
): TrackingFigures {
  const { timeline } = stats;
  // Objective ids as the LMS accepted them, by index; status sets refer to the index.
  const idAt = new Map<string, string>();
  const objectives: Record<string, number> = {};
  const finishedAt = new Map<string, number>();
  const submissionsAt: number[] = [];
  let lastScore: string | null = null;
  timeline.forEach((event, i) => {
    if (event.kind !== 'set' || !event.ok) return;
    const objective = /^cmi\.objectives\.(\d+)\.(id|status|completion_status)$/.exec(event.element);
    if (objective?.[2] === 'id') {
      idAt.set(objective[1] as string, event.value);
      objectives[event.value] = Number(objective[1]);
    } else if (objective && event.value === 'completed') {
      const id = idAt.get(objective[1] as string);
      if (id !== undefined && !finishedAt.has(id)) finishedAt.set(id, i);
    } else if (/^cmi\.(core\.)?score\.raw$/.test(event.element) && event.value !== lastScore) {
      lastScore = event.value;
      submissionsAt.push(i);
    }
  });
  const moduleObjectives = facts.moduleIds.map(facts.objectiveId);
  const finished = moduleObjectives.filter((id) => finishedAt.has(id));
  return {
    modulesFinished: finished.length,
    modulesCommitted: finished.filter((id) => committedAfter(timeline, finishedAt.get(id) ?? Infinity)).length,
    submissions: submissionsAt.length,
    submissionsCommitted: submissionsAt.filter((i) => committedAfter(timeline, i)).length,
    answersGiven: facts.answersGiven,
    interactionsStored: facts.interactionsStored,
    objectives,
    objectivesUnderOwnIds: moduleObjectives.filter((id) => objectives[id] !== undefined).length,
    errors: stats.errors.length,
    notices: facts.notices,
  };
}
