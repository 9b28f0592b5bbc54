import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real headless Chromium (npm run build first). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
