import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { type MidadServer, startMidad } from '../support/midad-server'

/** Each test gets its own `midad serve` on a fresh temp data directory. */
export const test = base.extend<{ midad: MidadServer; tempFolder: () => string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies
  midad: async ({}, use) => {
    const server = await startMidad()
    await use(server)
    await server.stop()
  },
  /** Makes a new temp folder (a site, a target) each call; all are removed after the test. */
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies
  tempFolder: async ({}, use) => {
    const made: string[] = []
    await use(() => {
      const dir = mkdtempSync(join(tmpdir(), 'midad-e2e-folder-'))
      made.push(dir)
      return dir
    })
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  },
})

export { expect }

/** Arabic-Indic digits to 0–9, then the first number in the text. */
export function numberIn(text: string | null): number {
  const western = (text ?? '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  return Number(/\d+/.exec(western)?.[0] ?? Number.NaN)
}

/** Waits until the status bar says the article is saved, in either language. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^(محفوظ|Saved)$/ })).toBeVisible()
}

/** Clicks an article in the sidebar (Arabic UI) and waits for its editor. */
export async function openArticle(page: Page, title: RegExp): Promise<void> {
  const item = page.getByRole('list', { name: 'المقالات' }).getByRole('button', { name: title })
  // The editor of the article shown before is already visible, so wait for the list to mark the
  // clicked article as the current one (clicking again if a busy CI machine lost the click).
  await expect(async () => {
    await item.click()
    await expect(item).toHaveAttribute('aria-current', 'true', { timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()
}

/** A small PNG file for upload tests (a real image: Chromium draws it). */
export { png as pngBytes, svg as svgBytes } from '../support/test-images'

/** Starts a new article in the Arabic UI, with a title and a first paragraph typed. */
export async function newArticle(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'مقال جديد' }).click()
  const titleBox = page.getByRole('textbox', { name: 'العنوان', exact: true })
  await expect(titleBox).toBeFocused()
  await titleBox.fill(title)
  await page.getByRole('textbox', { name: 'نص المقال' }).click()
  await page.keyboard.type(text)
}

/** Controls on the page with no accessible name (label, aria-label, title or text), as HTML. */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, [contenteditable="true"]')]
      .filter(
        (el) =>
          !el.getAttribute('aria-label') &&
          !el.getAttribute('aria-labelledby') &&
          !el.getAttribute('title') &&
          !el.textContent?.trim() &&
          !(el as HTMLInputElement).labels?.length,
      )
      .map((el) => el.outerHTML.slice(0, 80)),
  )
}

/** Opens a dialog from its button in the header and waits for it to show. */
export async function openHeaderDialog(page: Page, button: string, dialog: string) {
  await page.getByRole('button', { name: button }).click()
  const opened = page.getByRole('dialog', { name: dialog })
  await expect(opened).toBeVisible()
  return opened
}
