import { defineConfig } from 'vite';

// The browser shell's counterpart of the preload: a classic script that defines window.kiosk.
export default defineConfig({
  build: {
    outDir: 'dist/bridges',
    emptyOutDir: false,
    target: 'chrome120',
    lib: { entry: 'electron/browserShell/bridge.ts', formats: ['iife'], name: 'kioskBridge', fileName: () => 'browserBridge.js' },
    reportCompressedSize: false,
  },
});
