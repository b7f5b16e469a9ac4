import { test as base, expect, type Page } from '@playwright/test'
import { type MidadServer, startMidad } from '../support/midad-server'

/** Each test gets its own `midad serve` on a fresh temp data directory. */
export const test = base.extend<{ midad: MidadServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies
  midad: async ({}, use) => {
    const server = await startMidad()
    await use(server)
    await server.stop()
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
