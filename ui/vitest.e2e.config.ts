import { defineConfig } from 'vitest/config';

// The end-to-end journey: playwright-core driving the machine's Chromium against a running app (GRANTLINE_URL).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
