import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // a test in which no assertion ran fails: no test can pass by accident
    expect: { requireAssertions: true },
    // no test may depend on the machine's speed: property tests bound their work by input count
    // (numRuns, fixed seeds), and the timeouts are generous, for a loaded two-core machine with a
    // build running beside the suite (escape.test.ts took 6 s alone and hit 30 s under load)
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
