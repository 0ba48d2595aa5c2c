import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { auditsBelowFullMarks, auditValue, categoryScore, longTasks, medianRunIndex, networkEntries, observedFcpMs } from './lighthouse-figures';

/** Only the parts of a Lighthouse result these readers look at. */
const lhr = (parts: { audits?: Record<string, unknown>; categories?: Record<string, unknown> }): Result =>
  ({ audits: parts.audits ?? {}, categories: parts.categories ?? {} }) as unknown as Result;

describe('networkEntries', () => {
  it('reads the network-requests table', () => {
    const result = lhr({
      audits: {
        'network-requests': {
          details: {
            type: 'table',
            items: [
              { url: 'http://x/', resourceType: 'Document', transferSize: 900, resourceSize: 400, networkRequestTime: 5 },
              { url: 'http://x/a.woff2' },
            ],
          },
        },
      },
    });
    expect(networkEntries(result)).toEqual([
      { url: 'http://x/', resourceType: 'Document', transferSize: 900, resourceSize: 400, startMs: 5 },
      { url: 'http://x/a.woff2', resourceType: 'Other', transferSize: 0, resourceSize: 0, startMs: null },
    ]);
  });

  it('fails clearly when Lighthouse did not produce the table', () => {
    expect(() => networkEntries(lhr({ audits: { 'network-requests': { details: { type: 'list', items: [] } } } }))).toThrow(
      /audits\["network-requests"\]\.details: not the expected table/,
    );
  });
});

describe('categoryScore and auditValue', () => {
  it('gives scores as 0..100 and null for an unscored category', () => {
    const result = lhr({ categories: { performance: { score: 0.956 }, accessibility: { score: null } } });
    expect(categoryScore(result, 'performance')).toBe(96);
    expect(categoryScore(result, 'accessibility')).toBeNull();
    expect(categoryScore(result, 'best-practices')).toBeNull();
  });

  it('gives null for an audit that did not apply in this mode', () => {
    const result = lhr({
      audits: {
        'total-blocking-time': { scoreDisplayMode: 'numeric', numericValue: 120 },
        'largest-contentful-paint': { scoreDisplayMode: 'notApplicable', numericValue: 0 },
      },
    });
    expect(auditValue(result, 'total-blocking-time')).toBe(120);
    expect(auditValue(result, 'largest-contentful-paint')).toBeNull();
    expect(auditValue(result, 'first-contentful-paint')).toBeNull();
  });

  it('reads the observed first contentful paint', () => {
    expect(observedFcpMs(lhr({ audits: { metrics: { details: { items: [{ observedFirstContentfulPaint: 385 }] } } } }))).toBe(385);
    expect(observedFcpMs(lhr({}))).toBeNull();
  });
});

describe('auditsBelowFullMarks', () => {
  it('lists the scored audits that lost marks, worst first, and ignores unweighted ones', () => {
    const result = lhr({
      categories: {
        'best-practices': {
          score: 0.9,
          auditRefs: [
            { id: 'errors-in-console', weight: 1 },
            { id: 'deprecations', weight: 5 },
            { id: 'inspector-issues', weight: 1 },
            { id: 'csp-xss', weight: 0 },
          ],
        },
      },
      audits: {
        'errors-in-console': { score: 0 },
        deprecations: { score: 1 },
        'inspector-issues': { score: 0.5 },
        'csp-xss': { score: 0 },
      },
    });
    expect(auditsBelowFullMarks(result, 'best-practices')).toEqual(['errors-in-console (0)', 'inspector-issues (50)']);
    expect(auditsBelowFullMarks(result, 'accessibility')).toEqual([]);
  });
});

describe('medianRunIndex', () => {
  it('picks the run with the median performance score', () => {
    expect(medianRunIndex([97, 88, 92])).toBe(2);
    expect(medianRunIndex([100])).toBe(0);
  });

  it('takes the lower middle for an even count and the earlier run on a tie', () => {
    expect(medianRunIndex([90, 99, 95, 80])).toBe(0);
    expect(medianRunIndex([95, 95, 95])).toBe(1);
  });

  it('ranks a run without a score lowest', () => {
    expect(medianRunIndex([null, 90, 99])).toBe(1);
  });

  it('refuses an empty list', () => {
    expect(() => medianRunIndex([])).toThrow(/no runs/);
  });
});

describe('longTasks', () => {
  it('lists the long tasks longest first, naming unattributed ones', () => {
    const result = lhr({
      audits: {
        'long-tasks': {
          details: {
            type: 'table',
            items: [
              { url: 'http://x/a.js', duration: 60.4, startTime: 100.2 },
              { duration: 180.6, startTime: 10 },
            ],
          },
        },
      },
    });
    expect(longTasks(result)).toEqual([
      { url: 'Unattributable', durationMs: 181, startMs: 10 },
      { url: 'http://x/a.js', durationMs: 60, startMs: 100 },
    ]);
  });

  it('is empty when the audit did not run', () => {
    expect(longTasks(lhr({}))).toEqual([]);
  });
});
