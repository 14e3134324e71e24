import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 360_000, // a stage test may rerun inconclusive seeds alone (up to twice): budget for three runs
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: process.env.CI === 'true' ? ['default'] : ['default'],
  },
})
