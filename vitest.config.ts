import { defineConfig } from 'vitest/config'

/** Unit and integration tests in plain Node: real temp data directories, no mocks of our own code. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
