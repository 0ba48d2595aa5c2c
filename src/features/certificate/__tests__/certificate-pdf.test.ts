import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../testing/test-i18n';
import { certificateLines, type CertificateFields } from '../certificate-content';
import { FONT_FACES, fontFileName } from '../certificate-fonts';
import { createCertificatePdf, UncoveredTextError, type CertificateDocument, type LoadFont } from '../certificate-pdf';

const FONT_DIR = path.resolve('node_modules/@fontsource/noto-sans/files');
const loaded: string[] = [];
/** Reads the same files the build ships (font-files.ts imports them), counting which were needed. */
const loadFont: LoadFont = async (face) => {
  loaded.push(face);
  return new Uint8Array(await readFile(path.join(FONT_DIR, fontFileName(face))));
};

const fields: CertificateFields = {
  learnerName: 'Siân Ŵyn-Łukasiewicz',
  courseTitle: 'Online Safety – Risks to Children',
  partnershipName: 'Bromley Safeguarding Children Partnership',
  issuedOn: new Date(2026, 11, 4, 12),
  score: 85,
  timeSpentSeconds: 2 * 3600 + 41 * 60 + 30,
  courseVersion: '1.4.0',
};

async function certificateFor(
  overrides: Partial<CertificateFields> = {},
  documentOverrides: Partial<CertificateDocument> = {},
): Promise<{ bytes: Uint8Array; document: CertificateDocument }> {
  const { i18n } = createTestI18n();
  const document: CertificateDocument = {
    title: 'Certificate of completion: Online Safety – Risks to Children',
    language: 'en-GB',
    lines: certificateLines({ ...fields, ...overrides }, i18n.t, 'en-GB'),
    createdAt: new Date('2026-12-04T12:00:00Z'),
    accent: '#0b4f80',
    ...documentOverrides,
  };
  return { bytes: await createCertificatePdf(document, loadFont), document };
}

/** The PDF's text as a reader extracts it (PDF.js, through unpdf), one line per drawn line. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/** The page's content stream, inflated: the drawing operators with their marked-content tags. */
function pageContent(pdf: PDFDocument): string {
  const contents = pdf.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => (stream instanceof PDFRawStream ? new TextDecoder('latin1').decode(inflateSync(stream.contents)) : ''))
    .join('\n');
}

describe('certificate PDF', () => {
  it('holds every field as real text that a PDF text extractor reads back', async () => {
    const { bytes } = await certificateFor();
    const text = await textOf(bytes);
    expect(text.split('\n')).toEqual([
      'Certificate of completion',
      'This is to certify that',
      'Siân Ŵyn-Łukasiewicz',
      'has completed',
      'Online Safety – Risks to Children',
      'Provided by Bromley Safeguarding Children Partnership',
      'Date issued: 4 December 2026',
      'Final assessment score: 85%',
      'Time spent in the course: 2 hours 41 minutes',
      'Course version: 1.4.0',
    ]);
  });

  it('leaves out the score for a course without a final assessment', async () => {
    const text = await textOf((await certificateFor({ score: null })).bytes);
    expect(text).not.toContain('score');
    expect(text).toContain('Time spent in the course: 2 hours 41 minutes');
  });

  it('is a tagged PDF: structure tree over marked content, language, title shown in the viewer', async () => {
    const { bytes, document } = await certificateFor();
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const catalog = pdf.catalog;
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
    expect(pdf.getTitle()).toBe(document.title);
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const root = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const documentElement = root.lookup(PDFName.of('K'), PDFDict);
    expect(documentElement.get(PDFName.of('S'))?.toString()).toBe('/Document');
    const kids = documentElement.lookup(PDFName.of('K'), PDFArray);
    const roles = kids.asArray().map((_, i) => kids.lookup(i, PDFDict).get(PDFName.of('S'))?.toString());
    expect(roles).toEqual(['/H1', ...Array.from({ length: 9 }, () => '/P')]);
    // Each element points at its own marked content on the page, in reading order.
    expect(kids.asArray().map((_, i) => kids.lookup(i, PDFDict).get(PDFName.of('K'))?.toString())).toEqual(roles.map((_, i) => String(i)));
    const content = pageContent(pdf);
    expect(content).toContain('/Artifact BMC');
    expect(content).toMatch(/\/H1 <<\s*\/MCID 0\s*>> BDC/);
    expect(content).toMatch(/\/P <<\s*\/MCID 9\s*>> BDC/);
    expect(pdf.getPage(0).node.get(PDFName.of('StructParents'))?.toString()).toBe('0');
  });

  it('is in the language it is written in, and in the course\'s source language when none is given', async () => {
    const langOf = async (language: string) => {
      const pdf = await PDFDocument.load((await certificateFor({}, { language })).bytes, { updateMetadata: false });
      const documentElement = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('K'), PDFDict);
      return [pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), documentElement.lookup(PDFName.of('Lang'), PDFString).decodeText()];
    };
    expect(await langOf('cy')).toEqual(['cy', 'cy']);
    expect(await langOf(' ')).toEqual(['en-GB', 'en-GB']);
  });

  it('embeds its font (no font files fetched from elsewhere), only the files the text needs', async () => {
    loaded.length = 0;
    const { bytes } = await certificateFor({ learnerName: 'Jo Smith' });
    expect(loaded.sort()).toEqual(['latin-400', 'latin-700']);
    const pdf = await PDFDocument.load(bytes);
    const raw = new TextDecoder('latin1').decode(await pdf.save({ useObjectStreams: false }));
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/Type\s*\/Font\s*\/Subtype\s*\/Type1/);
    loaded.length = 0;
    await certificateFor();
    expect(loaded).toContain('latin-ext-700');
  });

  it('draws Greek and Cyrillic names, and refuses letters no font has rather than print empty boxes', async () => {
    expect(await textOf((await certificateFor({ learnerName: 'Ελένη Борисова' })).bytes)).toContain('Ελένη Борисова');
    await expect(certificateFor({ learnerName: 'عائشہ خان' })).rejects.toBeInstanceOf(UncoveredTextError);
    await expect(certificateFor({ learnerName: 'عائشہ خان' })).rejects.toMatchObject({ characters: expect.arrayContaining(['ع', 'خ']) });
  });

  it('has a font for every style it draws', () => {
    expect(FONT_FACES.regular[0]).toBe('latin-400');
    expect(FONT_FACES.bold[0]).toBe('latin-700');
  });
});

describe('certificate PDF under a strict Content Security Policy', () => {
  it('is made without eval or new Function, which a CSP without \'unsafe-eval\' refuses', () => {
    // Node refuses code built from strings with this flag, as the browser does under the course's CSP.
    const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', path.resolve(import.meta.dirname, 'make-certificate.fixture.ts')], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^pdf \d+ bytes$/m);
  });
});
