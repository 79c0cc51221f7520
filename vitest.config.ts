import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// One runner, four projects (DESIGN §8). Browser tests run one file at a time: two cores,
// and each file starts a hub and a Chromium of its own.
export default defineConfig({
  resolve: { dedupe: ['preact'] },
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        plugins: [preact()],
        resolve: { dedupe: ['preact'] },
        test: { name: 'app', include: ['test/app/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        test: {
          name: 'hub',
          include: ['test/hub/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
