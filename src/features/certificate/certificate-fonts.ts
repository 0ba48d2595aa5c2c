/**
 * The certificate PDF's fonts: Noto Sans (SIL Open Font License), from @fontsource/noto-sans,
 * which splits it by script. Each style is a chain: the Latin file first (every certificate
 * needs it), then the others, embedded only when a character needs them (Welsh ŵ, a name in
 * Polish, Greek, Cyrillic or Vietnamese). Scripts that need shaping (Arabic, Urdu, Indic)
 * are not covered: pdf-lib does not shape text, so the PDF says it cannot show them and the
 * learner can print the certificate page instead.
 */

export type FontStyle = 'regular' | 'bold';

export type FontFace =
  | 'latin-400'
  | 'latin-ext-400'
  | 'greek-400'
  | 'cyrillic-400'
  | 'vietnamese-400'
  | 'latin-700'
  | 'latin-ext-700';

export const FONT_FACES: Record<FontStyle, readonly FontFace[]> = {
  regular: ['latin-400', 'latin-ext-400', 'vietnamese-400', 'greek-400', 'cyrillic-400'],
  bold: ['latin-700', 'latin-ext-700'],
};

/** The file of a face in @fontsource/noto-sans (WOFF: pdf-lib's fontkit reads it and embeds a TrueType subset). */
export const fontFileName = (face: FontFace): string => `noto-sans-${face}-normal.woff`;
