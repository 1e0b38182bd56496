import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian Chromium and firefox-esr with the built extension (`.output/chrome-mv3-e2e` and
// `.output/firefox-mv2-e2e`, built by `npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
