import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportProblem } from './import-problem';
import { EXPORTED_META, XLIFF_NS } from './xliff-export';

/**
 * Reads an XLIFF 2.0 file into its files and units, each with the line it starts on, so every
 * problem can be reported where the translator's file has it. fast-xml-parser does the XML; this
 * only walks the result.
 */

export interface TargetText {
  text: string;
  line: number;
  lang?: string;
  /** Inline elements (`<ph>`, `<mrk>`…) found in the target: the course's texts have none. */
  markup: string[];
}

export interface XliffUnit {
  id: string;
  line: number;
  state?: string;
  segments: number;
  target?: TargetText;
  /** The fingerprint of the translation the unit was exported with, when the tool kept it. */
  exported?: string;
}

export interface XliffFile {
  id: string;
  line: number;
  units: XliffUnit[];
}

export interface XliffDocument {
  srcLang?: string;
  trgLang?: string;
  line: number;
  files: XliffFile[];
}

type XmlNode = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol();
const ATTR = '@_';
const TEXT = '#text';

const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const asNodes = (value: unknown): XmlNode[] => (Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []);
const attr = (node: XmlNode, name: string): string | undefined => {
  const value = node[`${ATTR}${name}`];
  return typeof value === 'string' ? value : undefined;
};
const childNames = (node: XmlNode): string[] => Object.keys(node).filter((k) => !k.startsWith(ATTR) && k !== TEXT);

function lineCounter(xml: string): (index: number | undefined) => number {
  const starts = [0];
  for (let i = 0; i < xml.length; i += 1) if (xml[i] === '\n') starts.push(i + 1);
  return (index) => {
    if (index === undefined) return 1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function startIndex(node: XmlNode): number | undefined {
  const meta = (node as Record<symbol, unknown>)[META as symbol];
  return isNode(meta) && typeof meta.startIndex === 'number' ? meta.startIndex : undefined;
}

/** A child element by local name, whatever prefix a tool gave its namespace. */
const children = (node: XmlNode, localName: string): XmlNode[] =>
  Object.keys(node)
    .filter((key) => key === localName || key.endsWith(`:${localName}`))
    .flatMap((key) => asNodes(node[key]));

function exportedFingerprint(unit: XmlNode): string | undefined {
  for (const group of children(unit, 'metadata').flatMap((m) => children(m, 'metaGroup'))) {
    for (const meta of children(group, 'meta')) {
      const text = meta[TEXT];
      if (attr(meta, 'type') === EXPORTED_META && typeof text === 'string') return text.trim();
    }
  }
  return undefined;
}

/** Parses `xml`; structural problems (not XML, not XLIFF 2.0) are returned instead of a document. */
export function readXliff(xml: string): { document?: XliffDocument; problems: ImportProblem[] } {
  // XMLValidator is marked deprecated in favour of a separate package not yet published; it is the
  // same maintained code, and the parser itself does not reject malformed XML.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { problems: [{ kind: 'not-xliff', line: valid.err.line, message: `not well-formed XML: ${valid.err.msg}` }] };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    captureMetaData: true,
    // Leading and trailing spaces of a text are the translator's; numbers and "true" stay text.
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    // Every element an object, so each carries its position (a bare string could not).
    alwaysCreateTextNode: true,
    isArray: (name) => ['file', 'group', 'unit', 'segment', 'ignorable', 'note'].includes(name),
  });
  const root: unknown = parser.parse(xml);
  const lineOf = lineCounter(xml);
  const xliff = isNode(root) ? root.xliff : undefined;
  if (!isNode(xliff)) return { problems: [{ kind: 'not-xliff', line: 1, message: 'this is not an XLIFF file: its root element is not <xliff>' }] };
  const line = lineOf(startIndex(xliff));
  const problems: ImportProblem[] = [];
  if (attr(xliff, 'version') !== '2.0' || attr(xliff, 'xmlns') !== XLIFF_NS) {
    problems.push({
      kind: 'not-xliff',
      line,
      message: `this is XLIFF version ${attr(xliff, 'version') ?? '(none)'}, not 2.0 (xmlns="${XLIFF_NS}"): save or export it from your translation tool as XLIFF 2.0`,
    });
    return { problems };
  }

  const readUnit = (unit: XmlNode): XliffUnit => {
    const segments = asNodes(unit.segment);
    const first = segments[0];
    const state = first ? attr(first, 'state') : undefined;
    const targetNode = first?.target;
    let target: TargetText | undefined;
    if (targetNode !== undefined && first) {
      const node = isNode(targetNode) ? targetNode : { [TEXT]: targetNode };
      const text = node[TEXT];
      const lang = attr(node, 'xml:lang');
      target = {
        text: typeof text === 'string' ? text : '',
        line: lineOf(startIndex(node) ?? startIndex(first)),
        markup: childNames(node),
        ...(lang ? { lang } : {}),
      };
    }
    const exported = exportedFingerprint(unit);
    return {
      id: attr(unit, 'id') ?? '',
      line: lineOf(startIndex(unit)),
      segments: segments.length,
      ...(state ? { state } : {}),
      ...(target ? { target } : {}),
      ...(exported ? { exported } : {}),
    };
  };

  const unitsIn = (container: XmlNode): XliffUnit[] => [
    ...asNodes(container.unit).map(readUnit),
    ...asNodes(container.group).flatMap((group) => unitsIn(group)),
  ];

  const files = asNodes(xliff.file).map((file) => ({ id: attr(file, 'id') ?? '', line: lineOf(startIndex(file)), units: unitsIn(file) }));
  const srcLang = attr(xliff, 'srcLang');
  const trgLang = attr(xliff, 'trgLang');
  return { document: { line, files, ...(srcLang ? { srcLang } : {}), ...(trgLang ? { trgLang } : {}) }, problems };
}
