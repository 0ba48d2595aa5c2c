import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import greek400 from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import type { FontFace } from './certificate-fonts';
import type { LoadFont } from './certificate-pdf';

// Built into the package as files of their own (each over Vite's inline limit), fetched from the
// course's own origin only when a PDF needs them: no font service, nothing the CSP would refuse.
const URLS: Record<FontFace, string> = {
  'latin-400': latin400,
  'latin-ext-400': latinExt400,
  'greek-400': greek400,
  'cyrillic-400': cyrillic400,
  'vietnamese-400': vietnamese400,
  'latin-700': latin700,
  'latin-ext-700': latinExt700,
};

export const fetchFont: LoadFont = async (face) => {
  const response = await fetch(URLS[face]);
  if (!response.ok) throw new Error(`The certificate's font ${face} could not be downloaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};
