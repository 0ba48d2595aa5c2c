import { describe, expect, it, vi } from 'vitest';
import { createTestI18n } from '../../testing/test-i18n';
import { addContentBundle } from '../../lib/i18n/content-bundle';
import { switchLanguage, type LanguageTextSources } from '../language-switch';

const sources = (): LanguageTextSources & { loads: string[] } => {
  const loads: string[] = [];
  const loader = (name: string, texts: object) => () => (loads.push(name), Promise.resolve(texts));
  return {
    loads,
    courseId: 'demo',
    courseLocales: { cy: loader('course cy', { title: 'Cwrs' }) },
    partnershipLocales: { cy: loader('partnership cy', { name: 'Partneriaeth' }) },
    moduleLocaleLoaders: {
      open: { cy: loader('open cy', { intro: { title: 'Ar agor' } }) },
      unopened: { cy: loader('unopened cy', { intro: { title: 'Heb ei agor' } }) },
      untranslated: {},
    },
  };
};

/** i18next's `t` for namespaces that exist only at run time (as src/lib/i18n/use-content-text.ts does). */
type UntypedT = (key: string, options: { ns: string }) => string;

describe('switchLanguage', () => {
  it('loads the course, partnership and opened modules\' texts first, then shows the language', async () => {
    const { i18n } = createTestI18n({ content: { 'course/demo': { title: 'Course' }, 'module/open': { intro: { title: 'Open' } }, 'module/untranslated': { intro: { title: 'English only' } } } });
    const from = sources();
    const t = i18n.t.bind(i18n) as unknown as UntypedT;
    const shownWith: string[] = [];
    i18n.on('languageChanged', () => shownWith.push(t('intro.title', { ns: 'module/open' })));
    await switchLanguage(i18n, 'cy', from);
    expect(from.loads.sort()).toEqual(['course cy', 'open cy', 'partnership cy']);
    expect(shownWith).toEqual(['Ar agor']);
    expect(t('title', { ns: 'course/demo' })).toBe('Cwrs');
    // No translation: the English text, never a key.
    expect(t('intro.title', { ns: 'module/untranslated' })).toBe('English only');
  });

  it('changes nothing when a download fails', async () => {
    const { i18n } = createTestI18n({ content: { 'module/open': { intro: { title: 'Open' } } } });
    addContentBundle(i18n, 'module/open', 'en-GB', { intro: { title: 'Open' } });
    const from = sources();
    from.moduleLocaleLoaders = { open: { cy: () => Promise.reject(new Error('offline')) } };
    const changed = vi.fn();
    i18n.on('languageChanged', changed);
    await expect(switchLanguage(i18n, 'cy', from)).rejects.toThrow('offline');
    expect(changed).not.toHaveBeenCalled();
    expect(i18n.language).toBe('en-GB');
  });
});
