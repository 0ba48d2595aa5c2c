import { describe, expect, it } from 'vitest';
import { PRIMARY_OBJECTIVE_ID } from '../../scorm/package/scorm2004-manifest';
import { LMS_PROFILES, MANIFEST_PRIMARY_OBJECTIVE, PROFILE_BEHAVIOURS, profileStartingData, specViolation } from './lms-profiles';

describe('LMS profiles', () => {
  it('name a source for every behaviour', () => {
    for (const profile of LMS_PROFILES) {
      for (const behaviour of PROFILE_BEHAVIOURS[profile]) expect(behaviour.source, `${profile}: ${behaviour.id}`).toMatch(/\S{10,}/);
    }
  });

  it('pre-fill the objective the packaged SCORM 2004 manifest names, as Moodle does', () => {
    expect(MANIFEST_PRIMARY_OBJECTIVE).toBe(PRIMARY_OBJECTIVE_ID);
    expect(profileStartingData('moodle', 'scorm2004', { entry: 'ab-initio' })).toMatchObject({ objectives: { '0': { id: PRIMARY_OBJECTIVE_ID } } });
    expect(profileStartingData('moodle', 'scorm12', { core: {} })).not.toHaveProperty('objectives');
    expect(profileStartingData('scorm-again', 'scorm2004', {})).not.toHaveProperty('objectives');
    // A relaunch brings back what the LMS stored, objectives included: nothing is added twice.
    const resumed = { objectives: { '0': { id: 'course.pass' }, '1': { id: 'contact' } } };
    expect(profileStartingData('moodle', 'scorm2004', resumed)).toBe(resumed);
  });
});

describe('the strict profile', () => {
  const noType = () => '';
  it('refuses values outside the vocabularies and limits, with the version’s error code', () => {
    expect(specViolation('scorm12', 'cmi.core.lesson_status', 'done', noType)?.code).toBe('405');
    expect(specViolation('scorm12', 'cmi.suspend_data', 'x'.repeat(4097), noType)?.why).toMatch(/limit 4096/);
    expect(specViolation('scorm12', 'cmi.core.score.raw', '101', noType)?.code).toBe('405');
    expect(specViolation('scorm2004', 'cmi.exit', 'quit', noType)?.code).toBe('406');
    expect(specViolation('scorm2004', 'cmi.score.scaled', '1.5', noType)?.code).toBe('407');
    expect(specViolation('scorm2004', 'cmi.interactions.0.learner_response', 'a[,]a', () => 'choice')?.why).toMatch(/repeats/);
    expect(specViolation('scorm2004', 'cmi.interactions.0.learner_response', 't', () => 'true-false')).not.toBeNull();
  });

  it('accepts what the course writes', () => {
    expect(specViolation('scorm12', 'cmi.core.session_time', '0001:02:03.40', noType)).toBeNull();
    expect(specViolation('scorm12', 'cmi.interactions.3.time', '09:30:05', noType)).toBeNull();
    expect(specViolation('scorm2004', 'cmi.session_time', 'PT1H2M3.4S', noType)).toBeNull();
    expect(specViolation('scorm2004', 'cmi.interactions.0.timestamp', '2025-03-01T09:30:05.25Z', noType)).toBeNull();
    expect(specViolation('scorm2004', 'cmi.interactions.0.learner_response', 'a_1[.]b[,]c[.]d', () => 'matching')).toBeNull();
    expect(specViolation('scorm2004', 'cmi.objectives.1.id', 'parents_contact', noType)).toBeNull();
  });
});
