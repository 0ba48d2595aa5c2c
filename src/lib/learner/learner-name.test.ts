import { describe, expect, it } from 'vitest';
import { displayLearnerName } from './learner-name';

describe('displayLearnerName', () => {
  it.each([
    ['Smith, Jo', 'Jo Smith'],
    ['  Smith ,  Jo  Anne ', 'Jo Anne Smith'],
    ['Jo Smith', 'Jo Smith'],
    ['Smith,', 'Smith'],
    [', Jo', 'Jo'],
    ['Smith, Jo, Jr', 'Smith, Jo, Jr'],
  ])('shows the LMS name %j as %j', (lms, shown) => {
    expect(displayLearnerName(lms)).toBe(shown);
  });

  it('has no name for an empty or missing one', () => {
    expect(displayLearnerName('')).toBeNull();
    expect(displayLearnerName('  ,  ')).toBeNull();
    expect(displayLearnerName(null)).toBeNull();
  });
});
