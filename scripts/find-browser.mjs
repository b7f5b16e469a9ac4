// Finds a Chromium for the e2e tests and benchmarks: an explicit MIDAD_CHROMIUM, the system's
// Chromium or Chrome, or the browser Playwright downloads where the internet can be reached.
import { existsSync } from 'node:fs'

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/** Flags for a headless Chromium on a closed network (no background calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const INSTALL_HINT = [
  'No Chromium was found for the end-to-end tests. Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  any system with internet access:  npx playwright install chromium',
  'or point MIDAD_CHROMIUM at a Chromium/Chrome executable.',
].join('\n')

/** The executable to use, or null when none is installed. */
export async function findBrowser() {
  if (process.env.MIDAD_CHROMIUM)
    return existsSync(process.env.MIDAD_CHROMIUM) ? process.env.MIDAD_CHROMIUM : null
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path))
  if (system) return system
  try {
    const { chromium } = await import('@playwright/test')
    const bundled = chromium.executablePath()
    return existsSync(bundled) ? bundled : null
  } catch {
    return null
  }
}
