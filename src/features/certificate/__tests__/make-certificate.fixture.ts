// Run by certificate-pdf.test.ts in a Node started with --disallow-code-generation-from-strings,
// where eval and new Function throw, as they do in a browser under a CSP without 'unsafe-eval'.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fontFileName } from '../certificate-fonts';
import { createCertificatePdf } from '../certificate-pdf';

const bytes = await createCertificatePdf(
  {
    title: 'Certificate',
    language: 'en-GB',
    createdAt: new Date('2026-12-04T12:00:00Z'),
    lines: [
      { text: 'Certificate of completion', role: 'title' },
      { text: 'Siân Ŵyn Ελένη Борис', role: 'name' },
    ],
  },
  async (face) => new Uint8Array(await readFile(path.resolve('node_modules/@fontsource/noto-sans/files', fontFileName(face)))),
);
process.stdout.write(`pdf ${bytes.length} bytes\n`);
