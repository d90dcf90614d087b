import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // a test in which no assertion ran fails: no test can pass by accident
    expect: { requireAssertions: true },
    testTimeout: 30_000,
  },
});
