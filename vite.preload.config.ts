import { defineConfig } from 'vite';

// The Electron preload runs sandboxed: one self-contained CommonJS file, only `electron` left external.
export default defineConfig({
  build: {
    outDir: 'dist/bridges',
    emptyOutDir: false,
    target: 'chrome120',
    minify: false,
    lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'] },
    reportCompressedSize: false,
  },
});
