import { defineConfig } from 'vitest/config';

/** End-to-end tests in real headless Firefox ESR (npm run build:firefox first): the shared flows. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
