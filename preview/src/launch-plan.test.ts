import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { cmiRows } from './cmi-rows';
import { planLaunch, type Learner } from './launch-plan';
import type { StoredAttempt } from './saved-attempt';

/**
 * Launch plans are loaded into real scorm-again API objects here, so the tests show
 * what the course would read after Initialize, not just the shape of the plan.
 */

const learner: Learner = { id: 'preview-learner', name: 'Learner, Preview' };

function endSession12(setUp: (api: Scorm12API) => void): StoredAttempt {
  const plan = planLaunch('scorm12', learner, null);
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON(plan.startingData, '');
  api.lmsInitialize('');
  setUp(api);
  api.lmsFinish('');
  const cmi = api.renderCMIToJSONObject()['cmi'] as Record<string, unknown>;
  return { format: 1, version: 'scorm12', cmi, totalTime: api.cmi.getCurrentTotalTime(), lastExit: api.cmi.core.toJSON().exit };
}

describe('planLaunch, SCORM 1.2', () => {
  it('starts a first launch as a new attempt for the learner', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON(planLaunch('scorm12', learner, null).startingData, '');
    api.lmsInitialize('');
    expect(api.lmsGetValue('cmi.core.entry')).toBe('ab-initio');
    expect(api.lmsGetValue('cmi.core.student_id')).toBe('preview-learner');
    expect(api.lmsGetValue('cmi.core.student_name')).toBe('Learner, Preview');
    expect(api.lmsGetValue('cmi.core.lesson_mode')).toBe('normal');
    expect(api.lmsGetValue('cmi.core.credit')).toBe('credit');
  });

  it('resumes after a suspend with the saved data, entry "resume" and the total time so far', () => {
    const saved = endSession12((api) => {
      api.lmsSetValue('cmi.suspend_data', 'v1.abc');
      api.lmsSetValue('cmi.core.lesson_location', 'contact/intro');
      api.lmsSetValue('cmi.core.lesson_status', 'incomplete');
      api.lmsSetValue('cmi.interactions.0.id', 'contact_q1');
      api.lmsSetValue('cmi.objectives.0.id', 'contact');
      api.lmsSetValue('cmi.core.exit', 'suspend');
      api.lmsSetValue('cmi.core.session_time', '00:02:30');
    });
    const plan = planLaunch('scorm12', learner, saved);
    expect(plan).toMatchObject({ kind: 'resume', entry: 'resume', totalTime: '00:02:30' });

    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON(plan.startingData, '');
    api.lmsInitialize('');
    expect(api.lmsGetValue('cmi.core.entry')).toBe('resume');
    expect(api.lmsGetValue('cmi.suspend_data')).toBe('v1.abc');
    expect(api.lmsGetValue('cmi.core.lesson_location')).toBe('contact/intro');
    expect(api.lmsGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.lmsGetValue('cmi.core.total_time')).toBe('00:02:30');
    expect(api.lmsGetValue('cmi.interactions._count')).toBe('1');
    expect(api.lmsGetValue('cmi.objectives.0.id')).toBe('contact');
  });

  it('reloads the data with an empty entry when the last exit was not a suspend', () => {
    const saved = endSession12((api) => {
      api.lmsSetValue('cmi.core.lesson_status', 'completed');
      api.lmsSetValue('cmi.core.exit', '');
    });
    const plan = planLaunch('scorm12', learner, saved);
    expect(plan).toMatchObject({ kind: 'resume', entry: '' });
  });

  it('shows what the LMS holds in the tracking rows, including write-only elements', () => {
    const saved = endSession12((api) => {
      api.lmsSetValue('cmi.suspend_data', 'abc');
      api.lmsSetValue('cmi.core.exit', 'suspend');
      api.lmsSetValue('cmi.objectives.0.id', 'contact');
      api.lmsSetValue('cmi.objectives.0.status', 'completed');
    });
    const rows = cmiRows('scorm12', saved.cmi, saved.totalTime);
    expect(rows).toContainEqual({ element: 'cmi.suspend_data', value: 'abc', showLength: true });
    expect(rows).toContainEqual({ element: 'cmi.core.exit', value: 'suspend' });
    expect(rows).toContainEqual({ element: 'cmi.objectives._count', value: '1' });
    expect(rows).toContainEqual({ element: 'cmi.objectives.0', value: 'id=contact status=completed' });
  });
});

describe('planLaunch, SCORM 2004', () => {
  function endSession2004(exit: string): StoredAttempt {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON(planLaunch('scorm2004', learner, null).startingData, '');
    api.lmsInitialize('');
    expect(api.lmsGetValue('cmi.entry')).toBe('ab-initio');
    expect(api.lmsGetValue('cmi.learner_name')).toBe('Learner, Preview');
    api.lmsSetValue('cmi.suspend_data', 'v1.xyz');
    api.lmsSetValue('cmi.completion_status', 'incomplete');
    api.lmsSetValue('cmi.exit', exit);
    api.lmsSetValue('cmi.session_time', 'PT1M');
    api.lmsFinish('');
    const cmi = api.renderCMIToJSONObject()['cmi'] as Record<string, unknown>;
    return { format: 1, version: 'scorm2004', cmi, totalTime: api.cmi.getCurrentTotalTime(), lastExit: exit };
  }

  it('resumes after a suspend', () => {
    const plan = planLaunch('scorm2004', learner, endSession2004('suspend'));
    expect(plan).toMatchObject({ kind: 'resume', entry: 'resume' });
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON(plan.startingData, '');
    api.lmsInitialize('');
    expect(api.lmsGetValue('cmi.entry')).toBe('resume');
    expect(api.lmsGetValue('cmi.suspend_data')).toBe('v1.xyz');
    expect(api.lmsGetValue('cmi.total_time')).toBe('PT1M');
  });

  it('starts a new attempt, as Moodle does, after any other exit', () => {
    const plan = planLaunch('scorm2004', learner, endSession2004('normal'));
    expect(plan).toMatchObject({ kind: 'restart', lastExit: 'normal' });
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON(plan.startingData, '');
    api.lmsInitialize('');
    expect(api.lmsGetValue('cmi.entry')).toBe('ab-initio');
    expect(api.lmsGetValue('cmi.suspend_data')).toBe('');
  });

  it('ignores an attempt saved for the other version', () => {
    expect(planLaunch('scorm12', learner, endSession2004('suspend')).kind).toBe('new');
  });
});
