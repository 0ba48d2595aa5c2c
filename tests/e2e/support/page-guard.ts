import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records what must never happen in the course: Content Security Policy violations
 * (in the page and in every frame), requests to any host but the local preview server,
 * and uncaught errors. Off-host requests are also aborted, so a test can never reach
 * the internet. `assertClean()` fails the test, listing everything recorded.
 */

export interface CspViolation {
  frameUrl: string;
  violatedDirective: string;
  blockedUri: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

export interface PageGuard {
  readonly cspViolations: CspViolation[];
  /** Console messages that report a CSP problem (some are logged without an event). */
  readonly cspConsoleMessages: string[];
  readonly offHostRequests: string[];
  readonly pageErrors: string[];
  /** Lets reports still in flight from the page arrive, then throws if anything was recorded. */
  assertClean(page: Page): Promise<void>;
}

const REPORT_BINDING = '__e2eReportCspViolation';

export async function guardContext(context: BrowserContext, allowedHost = '127.0.0.1'): Promise<PageGuard> {
  const cspViolations: CspViolation[] = [];
  const cspConsoleMessages: string[] = [];
  const offHostRequests: string[] = [];
  const pageErrors: string[] = [];

  await context.exposeBinding(REPORT_BINDING, ({ frame }, violation: Omit<CspViolation, 'frameUrl'>) => {
    cspViolations.push({ frameUrl: frame.url(), ...violation });
  });
  // Init scripts run in every frame before its own scripts, and are not subject to the page's CSP.
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (v: object) => void>)[binding];
      report?.({
        violatedDirective: event.violatedDirective,
        blockedUri: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        sample: event.sample,
      });
    });
  }, REPORT_BINDING);

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === allowedHost) return route.continue();
    offHostRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspConsoleMessages.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  return {
    cspViolations,
    cspConsoleMessages,
    offHostRequests,
    pageErrors,
    async assertClean(page) {
      // A round trip through every frame: reports queued before it have been delivered after it.
      await Promise.all(page.frames().map((frame) => frame.evaluate(() => 0).catch(() => 0)));
      const problems = [
        ...cspViolations.map((v) => `CSP violation in ${v.frameUrl}: ${v.violatedDirective} blocked ${v.blockedUri || '(inline)'} at ${v.sourceFile}:${v.lineNumber} ${v.sample}`),
        ...cspConsoleMessages.map((m) => `CSP console message: ${m}`),
        ...offHostRequests.map((url) => `Request to another host (aborted): ${url}`),
        ...pageErrors.map((e) => `Uncaught error in the page: ${e}`),
      ];
      if (problems.length > 0) throw new Error(`The page broke the rules:\n${problems.join('\n')}`);
    },
  };
}
