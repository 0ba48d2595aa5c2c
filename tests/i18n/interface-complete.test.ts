import { describe, expect, it } from 'vitest';
import { readCatalogue, shippedLanguages } from '../../scripts/i18n/catalogue';
import { missingInterfaceTexts } from '../../scripts/i18n/status';
import { REAL_ROOT } from './temp-project';

/**
 * A shipped language (a folder under src/lib/i18n/locales/) must have every interface text in
 * every plural form it needs: a learner who picks it must never meet an English button.
 * Course texts may be partial (they fall back to English with a note); the interface may not.
 */
describe('every shipped language has the whole interface', () => {
  const files = readCatalogue(REAL_ROOT);
  it.each(shippedLanguages(REAL_ROOT))('%s', (language) => {
    expect(missingInterfaceTexts(REAL_ROOT, files, language), `add these to src/lib/i18n/locales/${language}/ (npm run i18n:status lists them)`).toEqual([]);
  });
});
