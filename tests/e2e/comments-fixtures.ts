import type { Locator, Page } from '@playwright/test'
import type { CommentStatus } from '../../shared/comments/comment-schema'
import type { MidadServer } from '../support/midad-server'
import { expect } from './fixtures'

/** One comment in the documented JSON import shape (`midad comments import FILE`). */
export interface SeedComment {
  id?: string
  article?: { id?: string; slug?: string; title?: string }
  author: { name: string; email?: string; url?: string }
  body: string
  createdAt?: string
  status?: CommentStatus
  parentId?: string
}

/** A minute apart, newest first: the queues list newest first, so `i` is the row index. */
export function minutesAgo(i: number): string {
  return new Date(Date.UTC(2025, 0, 15, 12, 0) - i * 60_000).toISOString()
}

/**
 * Adds comments through the real server's import (the rules apply to those with no status),
 * first clearing the sample ones unless told not to. Each gets a time a minute older than the one before, unless it has its own.
 */
export async function seedComments(
  midad: MidadServer,
  comments: SeedComment[],
  { clear = true } = {},
) {
  if (clear) await clearComments(midad)
  const withTimes = comments.map((c, i) => ({
    article: { title: 'مقال' },
    ...c,
    createdAt: c.createdAt ?? minutesAgo(i),
  }))
  return midad.value('comments.import', { text: JSON.stringify({ comments: withTimes }) })
}

/**
 * Removes the sample newsroom's comments and rules (a fresh data directory starts with them), so
 * a test's counts are its own: every comment goes to the trash, then is deleted.
 */
export async function clearComments(midad: MidadServer) {
  await midad.value('comments.rules.set', {
    holdWords: [],
    spamWords: [],
    maxLinks: 2,
    holdFirstTime: false,
  })
  for (const status of ['pending', 'approved', 'spam'] as const) {
    for (;;) {
      const page = await midad.value('comments.list', { status, limit: 500 })
      if (page.items.length === 0) break
      await midad.value('comments.moderate', { ids: page.items.map((c) => c.id), action: 'trash' })
    }
  }
  for (;;) {
    const page = await midad.value('comments.list', { status: 'trash', limit: 500 })
    if (page.items.length === 0) break
    await midad.value('comments.delete', { ids: page.items.map((c) => c.id) })
  }
}

/** Opens Midad (English UI unless `lang` says otherwise) and switches to the moderation panel. */
export async function openModeration(page: Page, midad: MidadServer, lang: 'en' | 'ar' = 'en') {
  await midad.value('settings.update', { language: lang })
  await page.goto(midad.url)
  const button = page.getByRole('button', {
    name: lang === 'en' ? 'Comments' : 'التعليقات',
    exact: true,
  })
  await button.click()
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('tablist')).toBeVisible()
}

/** The shown queue's list (English UI). */
export const queueList = (page: Page, queue = 'Pending'): Locator =>
  page.getByRole('list', { name: `Comments in ${queue}` })

/** The row that is current (marked aria-current), its main button. */
export const currentRow = (page: Page): Locator =>
  page.getByRole('list', { name: /^Comments in / }).locator('button[aria-current="true"]')

/** The comment card (English UI). */
export const card = (page: Page): Locator =>
  page.getByRole('region', { name: 'Comment', exact: true })

/** Waits until each queue tab says the given count (its description), English digits. */
export async function expectCounts(page: Page, counts: Partial<Record<string, number>>) {
  for (const [name, n] of Object.entries(counts)) {
    await expect(page.getByRole('tab', { name, exact: true })).toHaveAccessibleDescription(
      (n ?? 0).toLocaleString('en'),
    )
  }
}

/** Waits until the current row is focused and is the comment by `author`. */
export async function expectCurrent(page: Page, author: string) {
  const row = currentRow(page)
  await expect(row).toContainText(author)
  await expect(row).toBeFocused()
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(author)
}

/** Seeds `n` pending comments by "Reader 1"… "Reader n" (Reader 1 newest). */
export function readers(n: number, status: CommentStatus = 'pending'): SeedComment[] {
  return Array.from({ length: n }, (_, i) => ({
    author: { name: `Reader ${i + 1}`, email: `reader${i + 1}@example.com` },
    body: `Comment number ${i + 1}: تعليق رقم ${i + 1}`,
    status,
  }))
}
