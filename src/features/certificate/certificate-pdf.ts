import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  rgb,
  beginMarkedContent,
  endMarkedContent,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { SOURCE_LANGUAGE } from '../../lib/i18n/create-i18n';
import { FONT_FACES, type FontFace, type FontStyle } from './certificate-fonts';

/**
 * The certificate as a PDF, made in the browser (this module and pdf-lib download only when
 * the learner asks for the PDF). The text is real text in an embedded Noto Sans (subset to the
 * characters used), tagged for screen readers: a structure tree (Document, H1, P) over marked
 * content, the decoration marked as an artifact, the document's language and title set.
 */

/** One line of the certificate: the words, and how they look. */
export interface CertificateLine {
  text: string;
  role: 'title' | 'lead' | 'name' | 'course' | 'detail';
}

export interface CertificateDocument {
  /** The PDF's title (shown in the viewer's title bar) and its language (BCP 47, e.g. "en-GB"). */
  title: string;
  language: string;
  lines: readonly CertificateLine[];
  /** Written into the PDF's metadata, so the same certificate is the same file. */
  createdAt: Date;
  /** The partnership's brand colour (#rrggbb) for the border; dark grey when absent. */
  accent?: string;
}

/** Loads one font file's bytes (the browser fetches the built asset; tests read node_modules). */
export type LoadFont = (face: FontFace) => Promise<Uint8Array>;

/** Characters no embedded font can draw, so the caller can say so instead of printing empty boxes. */
export class UncoveredTextError extends Error {
  constructor(readonly characters: string[]) {
    super(`The certificate's fonts cannot draw: ${characters.join(' ')}`);
    this.name = 'UncoveredTextError';
  }
}

const STYLE: Record<CertificateLine['role'], { size: number; style: FontStyle; gapBefore: number; tag: 'H1' | 'P' }> = {
  title: { size: 30, style: 'bold', gapBefore: 0, tag: 'H1' },
  lead: { size: 14, style: 'regular', gapBefore: 26, tag: 'P' },
  name: { size: 26, style: 'bold', gapBefore: 14, tag: 'P' },
  course: { size: 18, style: 'bold', gapBefore: 14, tag: 'P' },
  detail: { size: 12, style: 'regular', gapBefore: 10, tag: 'P' },
};

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const INK = rgb(0.1, 0.1, 0.1);

function colourOf(hex: string | undefined) {
  const match = hex ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  if (!match) return rgb(0.25, 0.25, 0.25);
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return rgb(r, g, b);
}

/** The fonts of one style, embedded on demand in order, each used for what the ones before it lack. */
class FontChain {
  private readonly embedded: { font: PDFFont; covers: Set<number> }[] = [];
  private next = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly faces: readonly FontFace[],
    private readonly load: LoadFont,
  ) {}

  /** The first font of the chain that draws this code point, embedding more of the chain as needed; null if none does. */
  async fontFor(codePoint: number): Promise<PDFFont | null> {
    for (;;) {
      const found = this.embedded.find((e) => e.covers.has(codePoint));
      if (found) return found.font;
      const face = this.faces[this.next];
      if (face === undefined) return null;
      this.next += 1;
      const font = await this.doc.embedFont(await this.load(face), { subset: true });
      this.embedded.push({ font, covers: new Set(font.getCharacterSet()) });
    }
  }
}

interface Run {
  text: string;
  font: PDFFont;
}

/** The text split into runs, each in the first font of the chain (or, failing that, of the other style) that draws it. */
async function runsOf(text: string, chains: readonly FontChain[], uncovered: Set<string>): Promise<Run[]> {
  const runs: Run[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    let font: PDFFont | null = null;
    for (const chain of chains) {
      font = await chain.fontFor(codePoint);
      if (font) break;
    }
    if (!font) {
      uncovered.add(character);
      continue;
    }
    const last = runs.at(-1);
    if (last && last.font === font) last.text += character;
    else runs.push({ text: character, font });
  }
  return runs;
}

/** `/Tag <</MCID n>> BDC`: the start of a piece of content the structure tree points to. */
const beginTagged = (tag: string, mcid: number, doc: PDFDocument): PDFOperator =>
  PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
    PDFName.of(tag),
    // pdf-lib's operand type leaves out dictionaries, which BDC takes (PDF 32000 §14.6); it writes them as any object.
    doc.context.obj({ MCID: PDFNumber.of(mcid) }) as unknown as PDFName,
  ]);

interface Tagged {
  tag: 'H1' | 'P';
  mcid: number;
}

function drawBorder(page: PDFPage, accent: string | undefined): void {
  const [width, height] = A4_LANDSCAPE;
  // Decoration, not content: an artifact, which screen readers skip.
  page.pushOperators(beginMarkedContent('Artifact'));
  page.drawRectangle({ x: MARGIN / 2, y: MARGIN / 2, width: width - MARGIN, height: height - MARGIN, borderColor: colourOf(accent), borderWidth: 6 });
  page.drawRectangle({ x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: height - 2 * MARGIN, borderColor: colourOf(accent), borderWidth: 1 });
  page.pushOperators(endMarkedContent());
}

/** The structure tree: Document > H1, P… each pointing at its marked content on the page. */
function addStructureTree(doc: PDFDocument, page: PDFPage, tagged: readonly Tagged[], language: string): void {
  const context = doc.context;
  const rootRef: PDFRef = context.nextRef();
  const documentRef: PDFRef = context.nextRef();
  const elementRefs = tagged.map((item) => {
    return context.register(context.obj({ Type: 'StructElem', S: item.tag, P: documentRef, Pg: page.ref, K: item.mcid }));
  });
  context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: elementRefs, Lang: PDFString.of(language) }));
  // The page's marked content, by MCID, back to its elements (ParentTree key 0 = this page's StructParents).
  const parentTree = context.obj({ Nums: [0, elementRefs] });
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.register(parentTree), ParentTreeNextKey: 1 }));
  page.node.set(PDFName.of('StructParents'), PDFNumber.of(0));
  page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}

/** The certificate as PDF bytes. Throws UncoveredTextError when a character has no glyph in any font. */
export async function createCertificatePdf(certificate: CertificateDocument, loadFont: LoadFont): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const chains: Record<FontStyle, FontChain> = {
    regular: new FontChain(doc, FONT_FACES.regular, loadFont),
    bold: new FontChain(doc, FONT_FACES.bold, loadFont),
  };
  const uncovered = new Set<string>();
  const laidOut: { line: CertificateLine; runs: Run[] }[] = [];
  for (const line of certificate.lines) {
    const { style } = STYLE[line.role];
    // A bold line falls back to the regular fonts for a letter only they have (a name in another script).
    const order = style === 'bold' ? [chains.bold, chains.regular] : [chains.regular];
    laidOut.push({ line, runs: await runsOf(line.text, order, uncovered) });
  }
  if (uncovered.size > 0) throw new UncoveredTextError([...uncovered]);

  const page = doc.addPage(A4_LANDSCAPE);
  const [width, height] = A4_LANDSCAPE;
  drawBorder(page, certificate.accent);

  const blockHeight = laidOut.reduce((sum, { line }, i) => sum + STYLE[line.role].size + (i === 0 ? 0 : STYLE[line.role].gapBefore), 0);
  let baseline = (height + blockHeight) / 2;
  const tagged: Tagged[] = [];
  laidOut.forEach(({ line, runs }, i) => {
    const { size, gapBefore, tag } = STYLE[line.role];
    baseline -= size + (i === 0 ? 0 : gapBefore);
    const lineWidth = runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
    let x = (width - Math.min(lineWidth, width - 4 * MARGIN)) / 2;
    // A line too wide for the page (a very long name) is drawn smaller rather than cut off.
    const scale = lineWidth > width - 4 * MARGIN ? (width - 4 * MARGIN) / lineWidth : 1;
    const mcid = tagged.length;
    tagged.push({ tag, mcid });
    page.pushOperators(beginTagged(tag, mcid, doc));
    for (const run of runs) {
      page.drawText(run.text, { x, y: baseline, size: size * scale, font: run.font, color: INK });
      x += run.font.widthOfTextAtSize(run.text, size * scale);
    }
    page.pushOperators(endMarkedContent());
  });

  // The import of SOURCE_LANGUAGE also matters to the build: a chunk that uses the first screen's
  // chunk lets rolldown keep its runtime helpers there. Were this chunk (pdf-lib's CommonJS code)
  // the one lazy chunk to import nothing from it, the helpers would go to a file of their own
  // that every first screen downloads (about 0.8 kB with its headers; docs/performance.md).
  const language = certificate.language.trim() || SOURCE_LANGUAGE;
  addStructureTree(doc, page, tagged, language);
  doc.setTitle(certificate.title, { showInWindowTitleBar: true });
  doc.setLanguage(language);
  doc.setCreator('Online Safety Course');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(certificate.createdAt);
  doc.setModificationDate(certificate.createdAt);
  return doc.save({ useObjectStreams: false });
}
