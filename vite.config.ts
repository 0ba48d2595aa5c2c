import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { courseContentPlugin } from './scorm/vite-content-plugin';

/**
 * Builds one course as a static web app. COURSE selects which course
 * (a folder under modules/courses/). Packaging (scorm/) calls this once per course.
 */
const courseId = process.env['COURSE'] ?? 'risks-to-children';

export default defineConfig({
  base: './',
  // The content plugin validates all content first (the build fails listing every problem) and serves virtual:course-content.
  plugins: [react(), courseContentPlugin({ courseId })],
  build: {
    outDir: `dist/${courseId}/web`,
    emptyOutDir: true,
    // CSP: no inline scripts or styles, so the module preload polyfill (an inline script) is off.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // .vite/manifest.json maps source files to chunks: packaging reads it to preload each
    // package's own tracking adapter chunk (scorm/package/adapter-preload.ts), then leaves it out.
    manifest: true,
    sourcemap: false,
  },
});
