import { describe, expect, it } from 'vitest';
import { trackingFigures } from './tracking-figures';

const set = (element: string, value: string, ok = true) => ({ kind: 'set' as const, element, value, ok });
const commit = (ok = true) => ({ kind: 'commit' as const, element: '', value: '', ok });
const facts = { moduleIds: ['contact', 'parents-contact'], answersGiven: 3, interactionsStored: 3, notices: 0, objectiveId: (id: string) => id.replace(/-/g, '_') };

describe('tracking figures', () => {
  it('counts a module or a submission as saved only when a successful commit follows it', () => {
    const figures = trackingFigures(
      {
        errors: [],
        timeline: [
          set('cmi.objectives.1.id', 'contact'),
          set('cmi.objectives.1.completion_status', 'completed'),
          commit(false),
          commit(),
          set('cmi.objectives.2.id', 'parents_contact'),
          set('cmi.objectives.2.completion_status', 'completed'),
          set('cmi.score.raw', '40'),
          commit(),
          set('cmi.score.raw', '100'),
          commit(false),
        ],
      },
      facts,
    );
    expect(figures).toMatchObject({ modulesFinished: 2, modulesCommitted: 2, submissions: 2, submissionsCommitted: 1, objectivesUnderOwnIds: 2, objectives: { contact: 1, parents_contact: 2 } });
  });

  it('does not count an objective whose id the LMS refused', () => {
    const figures = trackingFigures(
      { errors: [{ method: 'SetValue', args: ['cmi.objectives.0.id', 'contact'], errorCode: '351' }], timeline: [set('cmi.objectives.0.id', 'contact', false), set('cmi.objectives.0.completion_status', 'completed'), commit()] },
      facts,
    );
    expect(figures).toMatchObject({ modulesFinished: 0, objectivesUnderOwnIds: 0, errors: 1 });
  });
});
