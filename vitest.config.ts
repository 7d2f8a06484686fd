import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and end-to-end tests that drive Debian Chromium through the browser shell.
// The e2e project needs `npm run build` first (npm test does that).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time: the build machines have 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
