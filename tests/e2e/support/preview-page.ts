import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import previewText from '../../../preview/locales/en-GB.json';
import { guardContext, type PageGuard } from './page-guard';

/** A fresh browser context (its own localStorage) with the page guard, on the preview LMS page. */
export interface PreviewPage {
  context: BrowserContext;
  page: Page;
  guard: PageGuard;
  /** The course frame, whichever launch it belongs to. */
  course: FrameLocator;
  /** The rows of the API call log. */
  logRows: Locator;
  /** The value cell of a row of the tracking-data table, by cmi element. */
  cmiValue(element: string): Locator;
  /** Response headers of every document (page and frames) loaded, by URL path. */
  documentHeaders: Map<string, Record<string, string>>;
  close(): Promise<void>;
}

export async function openPreview(browser: Browser, url: string): Promise<PreviewPage> {
  const context = await browser.newContext();
  const guard = await guardContext(context);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const documentHeaders = new Map<string, Record<string, string>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') documentHeaders.set(new URL(response.url()).pathname, response.headers());
  });
  await page.goto(url);
  return {
    context,
    page,
    guard,
    course: page.frameLocator('iframe.course-frame'),
    logRows: page.getByRole('table', { name: previewText.log.caption }).locator('tbody tr'),
    cmiValue: (element) =>
      page
        .getByRole('table', { name: previewText.cmi.caption })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: element, exact: true }) })
        .locator('code.value'),
    documentHeaders,
    close: () => context.close(),
  };
}

/** Log rows for one API method (e.g. "LMSCommit"), including calls the preview made. */
export const callsOf = (preview: PreviewPage, method: string): Locator =>
  preview.logRows.filter({ has: preview.page.locator('td:nth-child(2)', { hasText: new RegExp(`^${method}( |$)`) }) });
