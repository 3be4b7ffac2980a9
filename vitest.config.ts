import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
    // Concurrent tests (the content fixtures, one `astro sync` process each) run two at a time: two cores.
    maxConcurrency: 2,
  },
});
