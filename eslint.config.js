// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importBoundaries } from './scripts/lint/importBoundaries.js';

// Conventions a machine checks (issue #14): typescript-eslint's recommended rules, the React hooks rules in the
// renderer, and which folder may import which (the process boundary, DESIGN.md). `npm test` runs this.
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'assets/**', 'docs/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter kept for its signature; rest siblings drop a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Path references pull in ambient declarations such as the e2e window globals.
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always', types: 'prefer-import', lib: 'always' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...importBoundaries,
);
