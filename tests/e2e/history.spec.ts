import type { Doc } from '../../shared/articles/doc-schema'
import { expect, expectSaved, test } from './fixtures'

const body = (...paragraphs: string[]): Doc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

test('History compares any two revisions word by word and restores one as a new revision', async ({
  page,
  midad,
}) => {
  // Three real saves through the running server: revisions 1, 2 and 3.
  const v1 = await midad.value('articles.create', {
    title: 'الوزير يفتتح المشروع',
    status: 'in_review',
    body: body('قال الوزير إن المشروع سيكتمل قريبًا.', 'The project is on schedule, he said.'),
  })
  const v2 = await midad.value('articles.save', {
    id: v1.id,
    baseRevision: 1,
    changes: {
      body: body(
        'قال الوزيرُ إن المشروع الكبير سيكتمل قريبًا.',
        'The project is ahead of schedule, he said.',
      ),
    },
  })
  await midad.value('articles.save', {
    id: v1.id,
    baseRevision: v2.revision,
    changes: { title: 'الوزير يفتتح المشروع الكبير' },
  })
  await midad.value('settings.update', { language: 'en' })

  await page.goto(midad.url)
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /الوزير يفتتح المشروع الكبير/ })
    .click()
  await page.getByRole('button', { name: 'History' }).click()
  const panel = page.getByRole('complementary', { name: 'History' })
  const revisions = panel.getByRole('list', { name: 'Revisions' }).getByRole('listitem')
  await expect(revisions).toHaveCount(3)
  await expect(revisions.first()).toContainText('Revision 3')
  await expect(revisions.first()).toContainText('Current')
  await expect(revisions.first()).toContainText('15 words')
  await expect(revisions.last()).toContainText('13 words')

  // Opening History compares the last two saves: only the title changed.
  const changes = panel.getByRole('region', { name: 'Changes' })
  await expect(changes.locator('ins')).toHaveText(['[added] الكبير'])

  await panel.getByLabel('Older revision').selectOption('1')
  await panel.getByLabel('Newer revision').selectOption('3')
  await panel.getByRole('button', { name: 'Compare' }).click()
  await expect(panel.getByRole('heading', { name: 'Revision 1 → Revision 3' })).toBeVisible()
  // Whole words, diacritics kept: "الوزير" became "الوزيرُ" (a damma), and the English words.
  await expect(changes.locator('del')).toHaveText(['[removed] الوزير ', '[removed] on '])
  await expect(changes.locator('ins')).toHaveText([
    '[added] الكبير',
    '[added] الوزيرُ ',
    '[added] الكبير ',
    '[added] ahead of ',
  ])
  await expect(changes).toContainText('Removed: 2 · Added: 5')
  // Each paragraph takes its own direction: Arabic right to left, the English quote left to right.
  const arabic = changes.locator('p', { hasText: 'سيكتمل' })
  const english = changes.locator('p', { hasText: 'schedule' })
  expect(await arabic.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl')
  expect(await english.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr')

  // Restore revision 1: its text comes back as revision 4, and revision 3 is still kept.
  await revisions.filter({ hasText: 'Revision 1' }).getByRole('button', { name: 'Restore' }).click()
  await expect(panel.getByRole('status')).toContainText('Revision 1 was restored as revision 4')
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'الوزير يفتتح المشروع',
  )
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText(
    'قال الوزير إن المشروع سيكتمل قريبًا.',
  )
  await expect(revisions).toHaveCount(4)
  const stored = await midad.value('articles.get', { id: v1.id })
  expect(stored.revision).toBe(4)
  expect(stored.body).toEqual(v1.body)
  expect(stored.status).toBe('in_review')
  expect((await midad.value('articles.revision', { id: v1.id, revision: 3 })).title).toBe(
    'الوزير يفتتح المشروع الكبير',
  )

  // Typing after a restore saves on top of it, and the open panel lists the new revision.
  await page.getByRole('textbox', { name: 'Body' }).click()
  await page.keyboard.press('End')
  await page.keyboard.type(' وأضاف')
  await expectSaved(page)
  await expect(revisions).toHaveCount(5)
})
