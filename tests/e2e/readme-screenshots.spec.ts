import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ar } from '../../renderer/i18n/messages-ar'
import { en } from '../../renderer/i18n/messages-en'
import { expect, test } from './fixtures'

/**
 * The README's screenshots: the main window (article list and an Arabic article in the editor)
 * in Arabic and English, light and dark, at 1280×800. With MIDAD_SCREENSHOT=1 they are written to
 * docs/screenshots/; otherwise to the test's output folder, and checked the same way.
 */

const messages = { ar, en } as const
const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots')

test.describe.configure({ mode: 'parallel' })
test.use({ viewport: { width: 1280, height: 800 } })

/** The mean relative luminance (0 black … 1 white) of a PNG, decoded by the browser itself. */
async function meanLuminance(page: Page, png: Buffer): Promise<number> {
  // A blank page of its own: the app's Content-Security-Policy would refuse a data: image.
  const probe = await page.context().newPage()
  try {
    return await probe.evaluate(async (base64) => {
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2d canvas')
      context.drawImage(image, 0, 0)
      const { data } = context.getImageData(0, 0, image.width, image.height)
      const lin = (c: number) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      let sum = 0
      for (let i = 0; i < data.length; i += 4) {
        sum +=
          0.2126 * lin(data[i] ?? 0) +
          0.7152 * lin(data[i + 1] ?? 0) +
          0.0722 * lin(data[i + 2] ?? 0)
      }
      return sum / (data.length / 4)
    }, png.toString('base64'))
  } finally {
    await probe.close()
  }
}

for (const lang of ['ar', 'en'] as const) {
  test(`README screenshots, ${lang}: light and dark`, async ({ page, midad }, testInfo) => {
    const t = messages[lang]
    await page.goto(midad.url)
    await page.getByRole('combobox', { name: ar.language }).selectOption(lang)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr')
    await expect(page.getByRole('button', { name: t.newArticle })).toBeVisible()

    // The same Arabic article in both languages: the editor's text is the newsroom's, not the UI's.
    const item = page
      .getByRole('list', { name: t.articles })
      .getByRole('button', { name: /العربية أولًا/ })
    await item.click()
    await expect(item).toHaveAttribute('aria-current', 'true')
    await expect(page.getByRole('textbox', { name: t.title, exact: true })).toHaveValue(
      /^العربية أولًا/,
    )
    await expect(page.getByRole('textbox', { name: t.body })).toContainText('Arabic-first tools')

    const luminance: Record<string, number> = {}
    for (const theme of ['light', 'dark'] as const) {
      await page.getByRole('combobox', { name: t.theme }).selectOption(theme)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      // No focus ring, every font loaded, the caret hidden (Playwright's default), no animation.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const name = `${lang}-${theme}.png`
      if (process.env.MIDAD_SCREENSHOT) mkdirSync(DOCS, { recursive: true })
      const path = process.env.MIDAD_SCREENSHOT ? join(DOCS, name) : testInfo.outputPath(name)
      const shot = await page.screenshot({ path, animations: 'disabled' })
      expect(shot.readUInt32BE(16), `${name} width`).toBe(1280)
      expect(shot.readUInt32BE(20), `${name} height`).toBe(800)
      luminance[theme] = await meanLuminance(page, shot)
    }
    // Paper-white and near-black: each shot is what its theme says, and far apart.
    expect(luminance.light).toBeGreaterThan(0.6)
    expect(luminance.dark).toBeLessThan(0.1)
  })
}
