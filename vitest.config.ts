import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'happy-dom',
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // Assertions decide a test, not the clock: a 2-core machine shared with builds and browsers is slow.
    testTimeout: 30_000,
  },
});
