import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the preview LMS page into dist/preview/ (served at "/" by preview/serve.ts).
 * Same CSP rules as the course: no inline scripts or styles, so the module preload
 * polyfill (an inline script) is off and no asset is inlined.
 */
const previewRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: previewRoot,
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/preview', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    // scorm-again's SCORM 2004 runtime alone is ~365 kB; size does not matter for a local tool.
    chunkSizeWarningLimit: 1024,
  },
});
