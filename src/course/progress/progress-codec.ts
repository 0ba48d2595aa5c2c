/**
 * Saved progress <-> text, both ways, for tests and build tools. The app imports the
 * two halves separately, each when it needs it (progress-decoder.ts when there is saved
 * progress to read, progress-encoder.ts with it or with the course machine). See
 * docs/progress-format.md.
 */
export type { Decoded, ProgressContent } from './progress-content';
export { CURRENT_VERSION, encodeProgress, type EncodeOptions } from './progress-encoder';
export { decodeProgress } from './progress-decoder';
