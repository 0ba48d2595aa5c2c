import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../scorm/content/content-validation-error';
import { loadPartnership, validateAllPartnerships } from '../../scorm/content/load-partnership';
import { partnershipThemeCss } from '../../scorm/vite-content-plugin';

const validTexts = 'name: Test Partnership\nfrontDoor:\n  name: Test MASH\n  description: Call us if you are worried about a child.\n';
const validSettings =
  'id: test\nlocales: [en-GB]\nfrontDoor:\n  phone: 0208 461 7309\n  outOfHoursPhone: 030 0303 8671\nnumbersChecked: 2026-12-04\ncontact: safeguarding@example.org\n';

/** A partnerships root with one partnership "test", written to a temporary folder. */
function partnershipsRoot(settings: string, texts: Record<string, string> = { 'en-GB': validTexts }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'partnerships-'));
  mkdirSync(path.join(root, 'test', 'locales'), { recursive: true });
  writeFileSync(path.join(root, 'test', 'partnership.yaml'), settings);
  for (const [locale, text] of Object.entries(texts)) writeFileSync(path.join(root, 'test', 'locales', `${locale}.yaml`), text);
  return root;
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map((p) => `${p.code} ${p.file.split('/').slice(-2).join('/')}:${p.line} ${p.field}`);
    throw error;
  }
  return [];
}

describe('partnership settings', () => {
  it('loads a partnership with its front-door numbers and texts', () => {
    const loaded = loadPartnership('test', ['en-GB'], partnershipsRoot(validSettings));
    expect(loaded.partnership.frontDoor).toEqual({ phone: '0208 461 7309', outOfHoursPhone: '030 0303 8671' });
    expect(loaded.partnership.quickExitUrl).toBe('https://www.bbc.co.uk/weather');
    expect(loaded.locales['en-GB']).toMatchObject({ name: 'Test Partnership' });
  });

  it('refuses a partnership without its front-door numbers, naming the file, line and field', () => {
    const root = partnershipsRoot('id: test\nlocales: [en-GB]\nfrontDoor:\n  outOfHoursPhone: 030 0303 8671\nnumbersChecked: 2026-12-04\ncontact: a@example.org\n');
    expect(problemsOf(() => loadPartnership('test', ['en-GB'], root))).toEqual(['MissingField test/partnership.yaml:3 phone']);
  });

  it('refuses a brand colour that white text cannot be read on', () => {
    const root = partnershipsRoot(`${validSettings}brandColour: "#7fb3ff"\n`);
    const problems = problemsOf(() => loadPartnership('test', ['en-GB'], root));
    expect(problems).toEqual(['LowContrastBrandColour test/partnership.yaml:8 brandColour']);
  });

  it('refuses to build a course in a language the partnership has no texts for', () => {
    expect(problemsOf(() => loadPartnership('test', ['en-GB', 'cy'], partnershipsRoot(validSettings)))).toEqual([
      'MissingPartnershipLocale test/partnership.yaml:2 locales',
    ]);
  });

  it('reports a missing partnership text with the line that needs it', () => {
    const root = partnershipsRoot(validSettings, { 'en-GB': 'name: Test Partnership\nfrontDoor:\n  name: Test MASH\n' });
    expect(problemsOf(() => loadPartnership('test', ['en-GB'], root))).toEqual(['MissingTranslation test/partnership.yaml:3 frontDoor.description']);
  });

  it('names the known partnerships when asked for an unknown one', () => {
    expect(() => loadPartnership('nowhere', ['en-GB'], partnershipsRoot(validSettings))).toThrow('no partnership "nowhere" (expected one of: test)');
  });

  it('validates every partnership in the project: the national build and the worked example', () => {
    expect(validateAllPartnerships('partnerships')).toEqual({ count: 2, problems: [] });
  });

  it('builds the national default with no local numbers, and Bromley with the numbers the brief gives', () => {
    const national = loadPartnership('national', ['en-GB']);
    expect(national.partnership).toMatchObject({ national: true, contact: 'https://www.gov.uk/report-child-abuse-to-local-council' });
    expect(national.partnership.frontDoor).toBeUndefined();
    expect(national.locales['en-GB']).toMatchObject({ name: 'National edition' });
    const bromley = loadPartnership('bromley', ['en-GB']);
    expect(bromley.partnership.frontDoor).toMatchObject({ phone: '020 8461 7373', outOfHoursPhone: '0300 303 8671' });
  });

  it('turns the brand colour into a stylesheet custom property', () => {
    const loaded = loadPartnership('test', ['en-GB'], partnershipsRoot(`${validSettings}brandColour: "#123456"\n`));
    expect(partnershipThemeCss(loaded)).toContain('--colour-brand: #123456;');
  });
});
