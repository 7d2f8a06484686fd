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

// The renderer's floors (issue #14), bottom to top: session/ (context, navigation, settings, visit memory) and
// host/ (calls over window.kiosk); a11y/ and ui/ (input, speech, controls); forms/ and flows/ (questions and the
// flow engine); screens/ and staffMode/; app/ (the shell that puts them together). A floor imports only from
// floors below it. ESLint applies one no-restricted-imports setting per file (the last matching block wins),
// so each floor's block repeats the renderer-wide patterns.
const rendererFloor = (/** @type {string} */ folder) => ({ group: [`**/renderer/${folder}/**`, `../${folder}/**`, `../../${folder}/**`, `../../../${folder}/**`, `./${folder}/**`], message: `This floor sits below renderer/${folder}/ and must not import from it (README, "Floors").` });
const staffScreens = { group: ['**/screens/staff/**', '../screens/staff/**'], message: 'The shell (app/) reaches staff screens only through screens/renderScreen; staff mode itself lives in staffMode/.' };

/** Which folders each renderer floor must not import from. */
const floorsAbove = {
  'renderer/session/**/*.{ts,tsx}': ['app', 'screens', 'staffMode', 'forms', 'flows', 'ui', 'host'],
  'renderer/host/**/*.{ts,tsx}': ['app', 'screens', 'staffMode', 'forms', 'flows', 'ui', 'a11y'],
  'renderer/a11y/**/*.{ts,tsx}': ['app', 'screens', 'staffMode', 'forms', 'flows', 'ui'],
  'renderer/ui/**/*.{ts,tsx}': ['app', 'screens', 'staffMode', 'forms', 'flows'],
  'renderer/forms/**/*.{ts,tsx}': ['app', 'screens', 'staffMode', 'flows'],
  'renderer/flows/**/*.{ts,tsx}': ['app', 'screens', 'staffMode'],
  'renderer/screens/**/*.{ts,tsx}': ['app'],
  'renderer/staffMode/**/*.{ts,tsx}': ['app'],
};

/** @type {import('eslint').Linter.Config[]} */
export const importBoundaries = [
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [hostFolder] }] },
  },
  ...Object.entries(floorsAbove).map(([files, above]) => ({
    files: [files],
    rules: { 'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [hostFolder, ...above.map(rendererFloor)] }] },
  })),
  {
    files: ['renderer/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [hostFolder, staffScreens] }] },
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
