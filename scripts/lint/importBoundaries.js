// @ts-check
// Which folder may import which (DESIGN.md, "process boundary"; issue #14). The renderer runs in a sandboxed
// page and reaches the host only through window.kiosk; shared/ is pure code both sides use; only the Electron
// shell files import the `electron` package, so everything else runs (and is tested) under plain Node.

const electronPackage = { name: 'electron', message: 'Only the Electron shell files (electron/main.ts, preload.ts, shell/security.ts, shell/safeStorageKey.ts) import Electron.' };
const hostFolder = { group: ['**/electron', '**/electron/**'], message: 'The renderer and shared/ never import host code (electron/): use the contract in shared/contract and window.kiosk.' };
const rendererFolder = { group: ['**/renderer', '**/renderer/**'], message: 'Host and shared code never import the renderer.' };
const react = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-i18next'], message: 'shared/ is plain TypeScript both processes use: no React.' };

/** The files allowed to import the `electron` package. */
export const electronShellFiles = ['electron/main.ts', 'electron/preload.ts', 'electron/shell/security.ts', 'electron/shell/safeStorageKey.ts'];

/** @type {import('eslint').Linter.Config[]} */
export const importBoundaries = [
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [hostFolder] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [hostFolder, rendererFolder, react] }] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: electronShellFiles,
    rules: { 'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [rendererFolder] }] },
  },
  {
    files: electronShellFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererFolder] }] },
  },
];
