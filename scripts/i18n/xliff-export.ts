import { createHash } from 'node:crypto';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { SOURCE_LANGUAGE } from './catalogue';
import type { SourceFile } from './catalogue';
import { languageName } from './languages';
import { readTranslation } from './locale-files';
import { placeholdersOf, pluralExamples, unitsOf } from './units';
import type { Unit } from './units';

/**
 * One XLIFF 2.0 file for one language with every text: interface, courses, modules,
 * partnerships. Each `<file>` is one English source file; each `<unit id>` is the text's
 * key there. A text already translated carries its target and its state (`reviewed` when the
 * status file lists it, `translated` when it is machine-drafted); a text not translated yet has
 * no target and the state `initial`.
 */

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** XLIFF 2.0's Metadata module, in which each unit records the translation it was exported with. */
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const EXPORTED_META = 'translation-at-export';

/**
 * A short fingerprint of the translation a unit was exported with ("none" if it had none), so an
 * import can tell that the locale file changed while the XLIFF file was with the translator.
 */
export const fingerprint = (text: string | undefined): string =>
  text === undefined || text.trim() === '' ? 'none' : createHash('sha256').update(displayText(text)).digest('hex').slice(0, 16);

/** The text as a translator sees it: a Markdown block's final line break is the file format's, not the text's. */
export const displayText = (text: string): string => text.replace(/\n+$/, '');

function notesFor(unit: Unit, language: string): [category: string, text: string][] {
  const notes: [string, string][] = [['location', unit.where]];
  if (unit.hint) notes.push(['context', unit.hint]);
  if (unit.markdown) {
    notes.push([
      'format',
      'Markdown: keep **bold**, *emphasis*, [link words](address) and the "- " of list items and blank lines between paragraphs as in the English; translate the words inside them. Do not add HTML.',
    ]);
  } else {
    notes.push(['format', 'Plain text: no Markdown or HTML.']);
  }
  const placeholders = [...new Set(placeholdersOf(unit.source))];
  if (placeholders.length > 0) {
    notes.push([
      'placeholders',
      `Copy ${placeholders.join(' and ')} exactly as written (the course fills them in); you may move them within the sentence.${placeholders.some((p) => p.startsWith('<')) ? ' Words between <hidden> and </hidden> are read out by screen readers only.' : ''}`,
    ]);
  }
  if (unit.plural) {
    const { category, categories, english } = unit.plural;
    const englishForms = Object.entries(english)
      .map(([c, t]) => `${c}: “${t}”`)
      .join('; ');
    notes.push([
      'plural',
      `Plural form “${category}” of ${unit.plural.base}: ${languageName(language)} uses it for counts such as ${pluralExamples(language, category).join(', ')}. ${languageName(language)} needs all of ${categories.join(', ')}; English has ${Object.keys(english).join(' and ')} (${englishForms}).`,
    ]);
  }
  if (unit.limit) notes.push(['limit', unit.limit]);
  return notes;
}

function addUnit(parent: XMLBuilder, unit: Unit, language: string, target: string | undefined, reviewed: boolean): void {
  const element = parent.ele('unit', { id: unit.key });
  element.ele(MDA_NS, 'mda:metadata').ele(MDA_NS, 'mda:metaGroup', { category: 'online-safety-course' }).ele(MDA_NS, 'mda:meta', { type: EXPORTED_META }).txt(fingerprint(target));
  const notes = element.ele('notes');
  for (const [category, text] of notesFor(unit, language)) notes.ele('note', { category }).txt(text);
  const state = target === undefined ? 'initial' : reviewed ? 'reviewed' : 'translated';
  const segment = element.ele('segment', { state });
  segment.ele('source').txt(displayText(unit.source));
  if (target !== undefined) segment.ele('target').txt(displayText(target));
}

const FILE_NOTES: Record<SourceFile['kind'], string> = {
  interface: 'The course player: buttons, headings, messages and the accessibility statement, shared by every course.',
  course: 'A course: its title, description and the cards of its modules on the course menu.',
  module: 'A module of the course: its lesson screens, scenarios (stories in which the learner chooses what to do) and questions.',
  partnership: 'The local safeguarding children partnership the course is built for: its name and how to contact its children’s services.',
};

/** The XLIFF document for a language, from the source files and the translations on disk under `root`. */
export function exportXliff(root: string, files: readonly SourceFile[], language: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele(XLIFF_NS, 'xliff', { 'xmlns:mda': MDA_NS, version: '2.0', srcLang: SOURCE_LANGUAGE, trgLang: language });
  for (const file of files) {
    const translation = readTranslation(root, file, language);
    // xml:space keeps Markdown's line breaks and blank lines; canResegment keeps each text whole, as the course uses it.
    const element = doc.ele('file', { id: file.id, original: file.sourcePath, 'xml:space': 'preserve', canResegment: 'no' });
    element.ele('notes').ele('note', { category: 'about' }).txt(FILE_NOTES[file.kind]);
    for (const unit of unitsOf(file, language)) {
      const target = translation.texts.get(unit.key);
      addUnit(element, unit, language, target === undefined || target.trim() === '' ? undefined : target, translation.reviewed.has(unit.key));
    }
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
