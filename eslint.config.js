// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import boundaries (see docs/architecture.md): the course domain never sees React,
 * nothing but src/lib/lms touches the SCORM API objects, features do not import each other.
 */
const zones = [
  { target: './src/course', from: './src/features', message: 'The course domain is framework-free: no React features.' },
  { target: './src/course', from: './src/components', message: 'The course domain is framework-free: no React components.' },
  { target: './src/course', from: './src/app', message: 'The course domain must not depend on the app shell.' },
  { target: './src/course', from: './src/lib/lms', message: 'The course domain must not depend on LMS adapters; the app wires them.' },
  { target: './src/lib', from: './src/features', message: 'Shared libraries must not import features.' },
  { target: './src/lib', from: './src/app', message: 'Shared libraries must not import the app shell.' },
  { target: './src/components', from: './src/features', message: 'UI components are presentational: no features.' },
  { target: './src/components', from: './src/app', message: 'UI components are presentational: no app shell.' },
  { target: './src/features', from: './src/app', message: 'Features must not import the app shell.' },
  { target: './scorm', from: './src/features', message: 'Packaging runs in node: no React features.' },
  { target: './scorm', from: './src/components', message: 'Packaging runs in node: no React components.' },
];

const featureNames = ['course-menu', 'module-player', 'scenario', 'questions', 'assessment', 'help', 'preferences', 'quick-exit', 'tracking-status', 'about'];
const featureZones = featureNames.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features are self-contained: share code through src/components or src/lib instead.',
}));

const scormGlobalsBan = {
  selector: "MemberExpression[property.name=/^(API|API_1484_11)$/]",
  message: 'Only src/lib/lms may reach the SCORM API objects.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/results.json', 'tests/content/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // The legacy 'node' resolver setting breaks on imports of 'vite' (it loads vite/dist/node as a resolver).
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...zones, ...featureZones] }],
      'import-x/no-cycle': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', scormGlobalsBan],
    },
  },
  {
    // In tests a wrong assumption should fail loudly at the assertion, which `!` does.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'src/testing/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/lib/lms/**', 'preview/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
