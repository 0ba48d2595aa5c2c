import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { courseContentPlugin } from './scorm/vite-content-plugin';

/**
 * Builds one course as a static web app. COURSE selects which course
 * (a folder under modules/courses/). Packaging (scorm/) calls this once per course.
 */
const courseId = process.env['COURSE'] ?? 'risks-to-children';
/** CONTENT_ROOT: another folder laid out like modules/ (the browser tests' tour courses, tests/tours/). */
const contentRoot = process.env['CONTENT_ROOT'];

export default defineConfig({
  base: './',
  // The content plugin validates all content first (the build fails listing every problem) and serves virtual:course-content.
  plugins: [react(), courseContentPlugin({ courseId, ...(contentRoot && { contentRoot }) })],
  resolve: {
    alias: [
      // react-i18next (and libraries like it) import the shim of useSyncExternalStore for React
      // before 18; React 19 has the hook, and the package's own non-shim entries use it.
      // Without these the shim's fallback code ships on the first screen for nothing.
      { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector' },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'use-sync-external-store' },
    ],
  },
  build: {
    outDir: `dist/${courseId}/web`,
    emptyOutDir: true,
    // CSP: no inline scripts or styles, so the module preload polyfill (an inline script) is off.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // .vite/manifest.json maps source files to chunks: packaging reads it to preload each
    // package's own tracking adapter chunk (scorm/package/adapter-chunks.ts), then leaves it out.
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // One chunk for everything the first screen loads, libraries and our code alike: left to
        // itself, rolldown splits modules that lazy chunks share with the first screen (the
        // English UI texts, the preload helper, seeded randomness…) into small first-screen files
        // of their own, each an extra request whose headers count in the budget and which
        // compresses worse (docs/performance.md). `$initial` takes only modules the entry imports
        // statically, so the lazy screens' own code still splits off as before, and XState is
        // left to the course machine's chunk, which downloads when the learner first acts
        // (src/app/course-driver.ts). The first-screen group goes first, so nothing the first
        // screen needs ends up in the XState chunk. Rolldown's runtime helpers go to this chunk only
        // while every lazy chunk that needs them imports it (see certificate-pdf.ts); otherwise they
        // become a file of their own on the first screen.
        // The SCORM code both versions share goes with the SCORM 1.2 entry, which the 2004 entry
        // imports (src/lib/lms/connect-scorm12.ts), so a SCORM 1.2 frame loads one SCORM file. (The
        // SCORM ids helper is not in it: the tracking session and writer make ids SCORM-safe before
        // the port sees them; a helper shared with the writer would be a third file.)
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'], priority: 2 },
            { name: 'state-machines', test: /node_modules[\\/]xstate[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
