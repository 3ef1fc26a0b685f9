import { defineConfig } from 'vitest/config';

// `npm run test:browser`: builds the site and drives it in the system Chromium (tests/browser).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
