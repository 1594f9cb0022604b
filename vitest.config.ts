import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests spawn real processes and servers; two workers suit the 2-core CI machine.
    maxWorkers: 2,
    // A test that asserts nothing proves nothing: fail it.
    expect: { requireAssertions: true },
    reporters: ['default', './test/reporters/closing-line.ts'],
  },
});
