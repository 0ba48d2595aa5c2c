import { plainUnits } from '../../src/course/content/plain-text';
import type { CourseReference, CourseReferences } from '../../src/course/references';
import { moduleNamespace } from '../../src/course/text-keys';
import { moduleText } from '../../src/course/module-text-keys';
import { compileMarkdown } from '../../src/lib/markdown/compile-markdown';
import type { CourseContent } from './load-content';

/** A citation's words without Markdown or leading quotes, for sorting. */
const sortKey = (citation: string): string => plainUnits(citation).join(' ').replace(/^[^\p{L}\p{N}]+/u, '');

/**
 * Every source of every module of a validated course, once per id (the first module in
 * course order that lists it gives the citation), sorted by the citation's words, which
 * start with the author or publisher.
 */
export function courseReferences({ course, modules, locales }: CourseContent): CourseReferences {
  const byLocale: Record<string, CourseReference[]> = {};
  for (const locale of course.locales) {
    const found = new Map<string, { citation: string; modules: string[] }>();
    for (const ref of course.modules) {
      const texts = locales[locale]?.[moduleNamespace(ref.id)];
      const sourceTexts = locales[course.locales[0] ?? '']?.[moduleNamespace(ref.id)];
      for (const id of modules[ref.id]?.sources ?? []) {
        const entry = found.get(id);
        if (entry) {
          entry.modules.push(ref.id);
          continue;
        }
        const citationIn = (bundle: typeof texts): unknown => {
          const sources = bundle?.['sources'];
          return typeof sources === 'object' && sources !== null ? (sources as Record<string, unknown>)[id] : undefined;
        };
        // A translation may not have reached this module yet: its citation is the source language's, as on its screens.
        const translated = citationIn(texts);
        const citation = typeof translated === 'string' ? translated : citationIn(sourceTexts);
        // Validation guarantees every listed source has a citation in the source language.
        if (typeof citation !== 'string') throw new Error(`Validated module "${ref.id}" has no ${moduleText.source(id)} in ${course.locales[0] ?? locale}`);
        found.set(id, { citation, modules: [ref.id] });
      }
    }
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    byLocale[locale] = [...found]
      .map(([id, { citation, modules: used }]) => ({ id, key: sortKey(citation), citation: compileMarkdown(citation), modules: used }))
      .sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.id, b.id))
      .map(({ id, citation, modules: used }) => ({ id, citation, modules: used }));
  }
  return byLocale;
}
