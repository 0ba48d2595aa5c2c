import { createRequire } from 'node:module';
import type { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';

/**
 * axe-core scans against WCAG 2.2 AA. `AxeBuilder` (tests/e2e/a11y/preview-frame) scans
 * a page with its frames; `scanDocument` runs the same engine in one document, injected
 * once per page load: AxeBuilder injects axe's 500 kB source and opens a helper page on
 * every scan (about 1 s a scan on a 2-core machine against 0.1 s), and the course walks
 * scan hundreds of screens of a single-page app.
 */

export type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

/** Every WCAG 2.0, 2.1 and 2.2 level A and AA rule axe has (UK public sector: WCAG 2.2 AA). */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The axe-core that @axe-core/playwright depends on, so both ways of scanning run one engine.
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = (requireFromAxePlaywright('axe-core') as { source: string }).source;

interface AxeInPage {
  run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
}

/** Scans one document (not its frames) with axe's WCAG 2.2 AA rules; returns the violations. */
export async function scanDocument(scope: Page | Frame): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as a <script>: the page's CSP does not apply.
  if (!(await scope.evaluate(() => 'axe' in window))) await scope.evaluate(axeSource);
  return scope.evaluate(
    (tags) =>
      (window as unknown as { axe: AxeInPage }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    WCAG_22_AA_TAGS,
  );
}

/** One line per failing element: rule, impact, selector, help URL and what axe says to fix. */
export function formatViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      // A target lists selectors from the outer document inwards: frame, then element ('>>>' enters shadow DOM).
      const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' → ');
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `${violation.id} (${violation.impact ?? 'no impact given'}) at ${target}: ${violation.help}. ${summary} See ${violation.helpUrl}`;
    }),
  );
}
