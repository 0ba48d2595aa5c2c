/**
 * Saved progress <-> text, both ways, for tests and build tools. The app imports the
 * two halves separately (progress-encoder.ts at once, progress-decoder.ts only when
 * there is saved progress to read). See docs/progress-format.md.
 */
export type { Decoded, ProgressContent } from './progress-content';
export { CURRENT_VERSION, encodeProgress, type EncodeOptions } from './progress-encoder';
export { decodeProgress } from './progress-decoder';
