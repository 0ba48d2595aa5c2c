import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../preview/server/security-headers';
import previewText from '../../preview/locales/en-GB.json';
import { callsOf, type PreviewPage } from './support/preview-page';
import { previewSuite } from './support/preview-suite';
import { expectAtLeast, expectText } from './support/waits';

/**
 * The preview LMS itself, driven with a tiny fixture SCO (tests/e2e/fixtures/courses/
 * fixture-course) so that it is tested independently of the real course: launch data,
 * the call log, saving on commit, close-and-relaunch (resume), reset, both versions.
 */

const suite = previewSuite('fixtures');

const open = (query: string): Promise<PreviewPage> => suite.open(query);

const button = (p: PreviewPage, name: string) => p.page.getByRole('button', { name, exact: true });
const sco = (p: PreviewPage, id: string) => p.course.locator(`#${id}`);

describe('preview LMS, SCORM 1.2', () => {
  it('provides the API before the course loads and logs every call with its result and error code', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await expectText(sco(p, 'learner'), 'Learner, Preview');
    const initialize = callsOf(p, 'LMSInitialize');
    await expectAtLeast(initialize, 1);
    expect(await initialize.first().locator('td').allTextContents()).toEqual(['1', 'LMSInitialize', '""', '"true"', '0']);
    await expectText(p.cmiValue('cmi.core.entry'), 'ab-initio');
    await expectText(p.cmiValue('cmi.core.student_id'), 'preview-learner');
    await p.guard.assertClean(p.page);
  });

  it('sends the strict CSP with the preview page and the course', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    expect(p.documentHeaders.get('/')?.['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(p.documentHeaders.get('/courses/fixture-course/scorm12/index.html')?.['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('shows the live cmi values after each SetValue and commit', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await sco(p, 'save').click();
    await expectText(p.cmiValue('cmi.suspend_data'), 'saves=1');
    await expectText(p.cmiValue('cmi.core.lesson_location'), 'page-1');
    await expectText(p.cmiValue('cmi.core.lesson_status'), 'incomplete');
    await expectText(p.cmiValue('cmi.interactions._count'), '1');
    await expectText(p.cmiValue('cmi.objectives.0'), 'id=fixture_objective');
    await expectText(p.page.locator('.length'), '7 characters');
    await expectAtLeast(callsOf(p, 'LMSCommit'), 1);
  });

  it('resumes after "Close and relaunch": entry resume, the committed data back, total time carried', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await sco(p, 'save').click();
    await sco(p, 'save').click();
    await expectText(p.cmiValue('cmi.suspend_data'), 'saves=2');

    await button(p, previewText.attempt.relaunch).click();
    await expectText(sco(p, 'entry'), 'resume');
    await expectText(sco(p, 'suspend-data'), 'saves=2');
    await expectText(sco(p, 'location'), 'page-2');
    await expectText(sco(p, 'total-time'), '00:00:05');
    // The fixture suspends on pagehide: its own LMSFinish closed the first launch.
    await expectAtLeast(callsOf(p, 'LMSFinish'), 1);
    await expectText(p.page.getByRole('status'), /relaunched with the saved data: entry “resume”/);

    await button(p, previewText.attempt.relaunch).click();
    await expectText(sco(p, 'total-time'), '00:00:10');
    await p.guard.assertClean(p.page);
  });

  it('keeps the learner data in the page like an LMS: a reload of the whole page resumes too', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await sco(p, 'save').click();
    await expectText(p.cmiValue('cmi.suspend_data'), 'saves=1');
    await p.page.reload();
    await expectText(sco(p, 'entry'), 'resume');
    await expectText(sco(p, 'suspend-data'), 'saves=1');
  });

  it('"Reset learner" deletes the saved data and starts a new attempt', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await sco(p, 'save').click();
    await button(p, previewText.attempt.relaunch).click();
    await expectText(sco(p, 'entry'), 'resume');

    await button(p, previewText.attempt.reset).click();
    await expectText(sco(p, 'entry'), 'ab-initio');
    await expectText(sco(p, 'suspend-data'), '');
    await expectText(sco(p, 'total-time'), '00:00:00');
  });

  it('terminates on the course\'s behalf when the course closes without LMSFinish, and says so', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await sco(p, 'save').click();
    await sco(p, 'stay-open').click();
    await button(p, previewText.attempt.relaunch).click();
    await expectAtLeast(callsOf(p, 'LMSFinish'), 1);
    await expectText(callsOf(p, 'LMSFinish').locator('td:nth-child(2)'), 'LMSFinish (by the preview)');
    await expectText(p.page.getByRole('status'), /did not call LMSFinish before it closed/);
    // No exit was set, so this is not a suspend: 1.2 reloads the data with an empty entry.
    await expectText(sco(p, 'suspend-data'), 'saves=1');
    expect(await sco(p, 'entry').textContent()).toBe('');
  });

  it('falls back to a built course and says why when the query string names an unknown one', async () => {
    const p = await open('?course=no-such-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await expectText(p.page.getByRole('status'), /no built course “no-such-course”/);
  });
});

describe('preview LMS, SCORM 2004', () => {
  it('provides API_1484_11 and resumes after a suspend', async () => {
    const p = await open('?course=fixture-course&version=scorm2004');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await expectAtLeast(callsOf(p, 'Initialize'), 1);
    await sco(p, 'save').click();
    await expectText(p.cmiValue('cmi.completion_status'), 'incomplete');
    await button(p, previewText.attempt.relaunch).click();
    await expectText(sco(p, 'entry'), 'resume');
    await expectText(sco(p, 'suspend-data'), 'saves=1');
    await expectText(sco(p, 'total-time'), 'PT5S');
    await p.guard.assertClean(p.page);
  });

  it('starts a new attempt, as Moodle does, when the last exit was not "suspend"', async () => {
    const p = await open('?course=fixture-course&version=scorm2004');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await sco(p, 'save').click();
    await sco(p, 'finish').click();
    await expectText(sco(p, 'finished'), 'yes');
    await expectText(p.cmiValue('cmi.success_status'), 'passed');
    await button(p, previewText.attempt.relaunch).click();
    await expectText(sco(p, 'entry'), 'ab-initio');
    await expectText(sco(p, 'suspend-data'), '');
    await expectText(p.page.getByRole('status'), /last exit was “normal”, not “suspend”/);
  });

  it('keeps SCORM 1.2 and 2004 data apart', async () => {
    const p = await open('?course=fixture-course&version=scorm12');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await sco(p, 'save').click();
    await p.page.goto(`${suite.url}?course=fixture-course&version=scorm2004`);
    await expectText(sco(p, 'entry'), 'ab-initio');
    await expectText(sco(p, 'suspend-data'), '');
  });
});

describe('preview LMS page', () => {
  it('asks the server for nothing it lacks: its icon is bundled, so no favicon 404 in the console', async () => {
    const page = await suite.browser.newPage();
    try {
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${suite.url}?course=fixture-course&version=scorm12`);
      await page.frameLocator('iframe').locator('#entry').waitFor();
      expect(await page.locator('link[rel="icon"]').count()).toBe(1);
      const icon = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
      const reply = await page.request.get(icon);
      expect(reply.status()).toBe(200);
      expect(reply.headers()['content-type']).toContain('image/svg+xml');
      expect(failed).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('preview LMS, LMS behaviour profiles', () => {
  /** Calls the API on the preview page as the course would, returning each result with its type and the error code after it. */
  const callApi = (p: PreviewPage, calls: [method: string, ...args: string[]][]) =>
    p.page.evaluate((list) => {
      const api = (window as unknown as Record<string, Record<string, (...a: string[]) => unknown>>)['API_1484_11'];
      if (!api) throw new Error('no SCORM 2004 API on the preview page');
      return list.map(([method, ...args]) => {
        const result = api[method]?.(...args);
        return { result, type: typeof result, error: String(api['GetLastError']?.()) };
      });
    }, calls);

  it('answers as Moodle does when the Moodle profile is chosen: numbers for counts, "" for unset values, the primary objective at index 0', async () => {
    const p = await open('?course=fixture-course&version=scorm2004&profile=moodle');
    await expectText(sco(p, 'entry'), 'ab-initio');
    await expectText(p.page.getByRole('combobox', { name: previewText.launch.profile }).locator('option:checked'), previewText.launch.profiles.moodle.name);
    expect(await callApi(p, [['GetValue', 'cmi.objectives._count'], ['GetValue', 'cmi.objectives.0.id'], ['GetValue', 'cmi.score.raw'], ['SetValue', 'cmi.objectives.0.id', 'contact']])).toEqual([
      { result: 1, type: 'number', error: '0' },
      { result: 'course.pass', type: 'string', error: '0' },
      { result: '', type: 'string', error: '0' },
      { result: 'false', type: 'string', error: '351' },
    ]);
    // The log shows a number as a number.
    const count = callsOf(p, 'GetValue').filter({ hasText: 'cmi.objectives._count' }).first();
    expect((await count.locator('td').allTextContents())[3]).toBe('1');
    await p.guard.assertClean(p.page);
  });

  it('refuses values outside the specification when the strict profile is chosen, and scorm-again as it comes does not pre-fill objectives', async () => {
    const strict = await open('?course=fixture-course&version=scorm2004&profile=strict');
    await expectText(sco(strict, 'entry'), 'ab-initio');
    expect(await callApi(strict, [['SetValue', 'cmi.exit', 'quit'], ['SetValue', 'cmi.exit', 'suspend']])).toEqual([
      { result: 'false', type: 'string', error: '406' },
      { result: 'true', type: 'string', error: '0' },
    ]);
    await strict.close();
    const plain = await open('?course=fixture-course&version=scorm2004');
    await expectText(sco(plain, 'entry'), 'ab-initio');
    expect(await callApi(plain, [['GetValue', 'cmi.objectives._count']])).toEqual([{ result: '0', type: 'string', error: '0' }]);
  });
});
