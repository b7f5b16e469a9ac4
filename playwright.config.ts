import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser, INSTALL_HINT } from './scripts/find-browser.mjs'

const executablePath = await findBrowser()
if (!executablePath) throw new Error(INSTALL_HINT)

/**
 * End-to-end tests drive the real app in browser mode (each test starts `midad serve` on a temp
 * data directory) in a real Chromium; the Electron smoke test runs where Electron's binary exists.
 */
export default defineConfig({
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
})
