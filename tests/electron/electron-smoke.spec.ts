import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { findElectron } from '../../scripts/electron-binary.mjs'
import { methodNames } from '../../shared/api/contract'

const root = join(import.meta.dirname, '..', '..')
const found = findElectron()
const headless =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
const skipReason = found.path ? (headless ? 'no display (DISPLAY is not set)' : null) : found.reason

if (skipReason) console.log(`Electron smoke test skipped: ${skipReason}.`)

test('Electron launches, creates an article, and its window is locked down', async () => {
  test.skip(skipReason !== null, `Electron is not available here: ${skipReason}`)
  const dataDir = await mkdtemp(join(tmpdir(), 'midad-electron-'))
  const app = await electron.launch({
    executablePath: found.path ?? '',
    args: [join(root, 'dist', 'electron', 'main.mjs'), '--data-dir', dataDir],
  })
  try {
    const page = await app.firstWindow()
    await page.getByRole('button', { name: 'مقال جديد' }).click()
    await page
      .getByRole('textbox', { name: 'العنوان', exact: true })
      .fill('مقال من تطبيق سطح المكتب')
    await page.keyboard.press('Control+s')
    await expect(page.getByRole('status').filter({ hasText: /^محفوظ$/ })).toBeVisible()

    // The preferences are checked in plain Node (tests/unit/window-options.test.ts); here, what
    // they must cause in the live page: no Node globals, only the contract's methods.
    const globals = await page.evaluate(() => {
      const g = globalThis as { require?: unknown; process?: unknown; module?: unknown }
      return [typeof g.require, typeof g.process, typeof g.module]
    })
    expect(globals).toEqual(['undefined', 'undefined', 'undefined'])
    const exposed = await page.evaluate(() => Object.keys(window.midad ?? {}).sort())
    expect(exposed).toEqual([...methodNames].sort())

    // window.open and navigation away from the app are denied.
    expect(await page.evaluate(() => window.open('https://example.com'))).toBeNull()
    const url = page.url()
    await page.evaluate(() => {
      window.location.href = 'https://example.com'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toBe(url)
    expect(app.windows()).toHaveLength(1)
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
