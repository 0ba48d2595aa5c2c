import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Three projects:
 * - unit: node-side code (domain, machines, progress, LMS adapters, packaging, content validation);
 * - dom: React features in jsdom;
 * - e2e: Playwright in Debian Chromium against built output (run after `npm run package`).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scorm/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/i18n/**/*.test.ts', 'bench/**/*.test.ts', 'preview/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts', '**/node_modules/**'],
          // Spawning the CLIs and validating every real module take seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/lib/**/*.dom.test.ts'],
          setupFiles: ['src/testing/setup-dom.ts'],
          // Whole keyboard walkthroughs in jsdom take seconds on a loaded 2-core CI machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
