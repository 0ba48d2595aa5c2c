import { describe, expect, it } from 'vitest';
import { createI18n } from '../create-i18n';
import { addContentBundle } from '../content-bundle';
import { syncDocumentLanguage } from '../document-language';

const collecting = (language?: string) => {
  const errors: string[] = [];
  const i18n = createI18n({ language, onMissingKey: (message) => errors.push(message) });
  return { i18n, errors };
};

describe('createI18n', () => {
  it('has the first screen\'s UI strings in UK English', () => {
    const { i18n, errors } = collecting();
    expect(i18n.t('nav.backToMenu')).toBe('Back to the menu');
    expect(i18n.t('ui:accessibilityStatement.link')).toBe('Accessibility statement');
    expect(errors).toEqual([]);
  });

  it('reports a missing key naming its namespace and key, and shows the key rather than a blank', () => {
    const { i18n, errors } = collecting();
    addContentBundle(i18n, 'module/contact', 'en-GB', { intro: { title: 'Contact' } });
    const shown = i18n.t('steps.missing.title' as never, { ns: 'module/contact' });
    expect(shown).toBe('steps.missing.title');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"steps.missing.title"');
    expect(errors[0]).toContain('"module/contact"');
  });

  it('treats an empty text as missing, never rendering a blank', () => {
    const { i18n, errors } = collecting();
    addContentBundle(i18n, 'course/sample', 'en-GB', { title: '' });
    expect(i18n.t('title' as never, { ns: 'course/sample' })).toBe('title');
    expect(errors[0]).toContain('"course/sample"');
  });

  it('falls back to the source language for a text not yet translated', () => {
    const { i18n, errors } = collecting('cy');
    addContentBundle(i18n, 'course/sample', 'en-GB', { title: 'Online safety' });
    addContentBundle(i18n, 'course/sample', 'cy', {});
    expect(i18n.t('title' as never, { ns: 'course/sample' })).toBe('Online safety');
    expect(i18n.t('nav.next')).toBe('Next');
    expect(errors).toEqual([]);
  });
});

describe('syncDocumentLanguage', () => {
  it('sets <html lang dir> from the language, right-to-left for Urdu', async () => {
    const { i18n } = collecting();
    const root = document.createElement('html');
    const stop = syncDocumentLanguage(i18n, root);
    expect(root.lang).toBe('en-GB');
    expect(root.dir).toBe('ltr');
    await i18n.changeLanguage('ur');
    expect(root.lang).toBe('ur');
    expect(root.dir).toBe('rtl');
    stop();
    await i18n.changeLanguage('cy');
    expect(root.lang).toBe('ur');
  });
});
