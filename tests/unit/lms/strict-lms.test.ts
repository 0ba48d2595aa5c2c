import { describe, expect, it } from 'vitest';
import { strictLms12, strictLms2004 } from '../../../src/testing/strict-lms';

/** The checker the adapter tests trust: it must catch what real LMSs refuse. */
describe('strict LMS checker, SCORM 1.2', () => {
  it('refuses calls before Initialize and after LMSFinish, and a second Initialize or Finish', () => {
    const lms = strictLms12();
    expect(lms.api.LMSSetValue('cmi.core.lesson_status', 'incomplete')).toBe('false');
    expect(lms.api.LMSInitialize('')).toBe('true');
    expect(lms.api.LMSInitialize('')).toBe('false');
    expect(lms.api.LMSFinish('')).toBe('true');
    expect(lms.api.LMSCommit('')).toBe('false');
    expect(lms.api.LMSFinish('')).toBe('false');
    expect(lms.violations).toHaveLength(4);
  });

  it('enforces the 4,096 and 255 character limits scorm-again lets through', () => {
    const lms = strictLms12();
    lms.api.LMSInitialize('');
    expect(lms.api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097))).toBe('false');
    expect(lms.api.LMSGetLastError()).toBe('405');
    expect(lms.api.LMSSetValue('cmi.core.lesson_location', 'x'.repeat(256))).toBe('false');
    expect(lms.api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4096))).toBe('true');
    expect(lms.violations).toHaveLength(2);
  });

  it('refuses unsafe interaction ids, rewriting an interaction, reading one back, and 2004 vocabulary', () => {
    const lms = strictLms12();
    lms.api.LMSInitialize('');
    expect(lms.api.LMSSetValue('cmi.interactions.0.id', 'has space')).toBe('false');
    expect(lms.api.LMSSetValue('cmi.interactions.0.id', 'q-1')).toBe('false');
    expect(lms.api.LMSSetValue('cmi.interactions.0.id', 'q_1')).toBe('true');
    expect(lms.api.LMSSetValue('cmi.interactions.0.id', 'q_1')).toBe('false');
    expect(lms.api.LMSSetValue('cmi.interactions.2.id', 'q_3')).toBe('false');
    expect(lms.api.LMSGetValue('cmi.interactions.0.id')).toBe('');
    expect(lms.api.LMSSetValue('cmi.interactions.0.result', 'incorrect')).toBe('false');
    expect(lms.api.LMSSetValue('cmi.core.exit', 'normal')).toBe('false');
    expect(lms.api.LMSSetValue('cmi.core.session_time', 'PT1M')).toBe('false');
    expect(lms.violations).toHaveLength(8);
  });

  it('fails calls on demand and throws once the API has vanished', () => {
    const lms = strictLms12();
    lms.api.LMSInitialize('');
    lms.fail('commit', 1);
    expect(lms.api.LMSCommit('')).toBe('false');
    expect(lms.api.LMSGetLastError()).toBe('101');
    expect(lms.api.LMSCommit('')).toBe('true');
    lms.vanish();
    expect(() => lms.api.LMSCommit('')).toThrow();
  });
});

describe('strict LMS checker, SCORM 2004', () => {
  it('refuses response ids Moodle rejects and Moodle-invalid times', () => {
    const lms = strictLms2004();
    lms.api.Initialize('');
    expect(lms.api.SetValue('cmi.interactions.0.id', 'q_1')).toBe('true');
    expect(lms.api.SetValue('cmi.interactions.0.type', 'choice')).toBe('true');
    expect(lms.api.SetValue('cmi.interactions.0.learner_response', 'a-b[,]c')).toBe('false');
    expect(lms.api.SetValue('cmi.interactions.0.learner_response', 'a_b[,]c')).toBe('true');
    expect(lms.api.SetValue('cmi.interactions.0.timestamp', '2025-01-01T10:00:00.123Z')).toBe('false');
    expect(lms.api.SetValue('cmi.session_time', 'PT1.005S')).toBe('false');
    expect(lms.violations).toHaveLength(3);
  });
});
