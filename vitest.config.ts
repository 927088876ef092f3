import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // A bound against hangs, not a speed target: these machines are shared and a test that takes
          // 2 s alone can take 10 under load. Speed is measured by `npm run bench`.
          testTimeout: 30_000,
          globalSetup: ['test/globalSetup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          globalSetup: ['e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
