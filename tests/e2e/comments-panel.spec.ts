import { readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { startMidad } from '../support/midad-server'
import {
  card,
  clearComments,
  currentRow,
  expectCounts,
  expectCurrent,
  openModeration,
  queueList,
  readers,
  seedComments,
} from './comments-fixtures'
import { expect, test, unnamedControls } from './fixtures'

/** Serious and critical axe violations inside `selector`, one line each. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze()
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test('search ignores diacritics and hamza forms; the article filter narrows the queues', async ({
  page,
  midad,
}) => {
  const economy = await midad.value('articles.create', { title: 'الاقتصاد اليوم' })
  const sport = await midad.value('articles.create', { title: 'نتائج المباريات' })
  await seedComments(midad, [
    {
      article: { id: economy.id },
      author: { name: 'Ali' },
      body: 'الإِسْلَامُ دين',
      status: 'pending',
    },
    {
      article: { id: economy.id },
      author: { name: 'Mona' },
      body: 'كتاب عن إسلام',
      status: 'pending',
    },
    {
      article: { id: sport.id },
      author: { name: 'Zaid' },
      body: 'السلام عليكم',
      status: 'pending',
    },
    {
      article: { id: sport.id },
      author: { name: 'Sami' },
      body: 'مباراة رائعة',
      status: 'approved',
    },
  ])
  await openModeration(page, midad)
  await expectCounts(page, { Pending: 3, Approved: 1 })

  const search = page.getByRole('searchbox', { name: 'Search comments' })
  await search.fill('اسلام')
  const rows = queueList(page).getByRole('listitem')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('Ali')
  await expect(rows.nth(1)).toContainText('Mona')
  await expectCounts(page, { Pending: 2, Approved: 0 })
  await search.fill('الاسلام')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('الإِسْلَامُ دين')
  await search.fill('')
  await expect(rows).toHaveCount(3)

  // The filter lists articles with comments; the counts follow it.
  const filter = page.getByRole('combobox', { name: 'Filter by article' })
  await expect(filter.getByRole('option')).toHaveText([
    'All articles',
    /الاقتصاد اليوم \(2\)|نتائج المباريات \(2\)/,
    /الاقتصاد اليوم \(2\)|نتائج المباريات \(2\)/,
  ])
  await filter.selectOption(sport.id)
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Zaid')
  await expect(rows.first()).toContainText('نتائج المباريات')
  await expectCounts(page, { Pending: 1, Approved: 1 })
  await expect(card(page)).toContainText('نتائج المباريات')
  await filter.selectOption('')
  await expectCounts(page, { Pending: 3, Approved: 1 })
})

test('the rules screen refuses bad input, saves good rules, and the card names the rule', async ({
  page,
  midad,
}) => {
  await clearComments(midad)
  await openModeration(page, midad)
  await page.getByRole('button', { name: 'Moderation rules' }).click()
  const dialog = page.getByRole('dialog', { name: 'Moderation rules' })
  await expect(dialog).toBeVisible()
  const hold = dialog.getByRole('textbox', { name: 'Hold for moderation words' })
  const spam = dialog.getByRole('textbox', { name: 'Spam words' })
  const links = dialog.getByRole('textbox', { name: 'Most links before a comment is held' })
  await expect(links).toHaveValue('2')
  await expect(hold).toHaveAccessibleDescription(/write \*word\* to match it inside longer words/)

  await hold.fill('غبي\nأحمق\n')
  await spam.fill(`*كازينو*\n${'x'.repeat(101)}`)
  await links.fill('many')
  await dialog.getByRole('button', { name: 'Save rules' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Nothing was saved: fix the marked fields.')
  await expect(links).toHaveAttribute('aria-invalid', 'true')
  await expect(links).toHaveAccessibleDescription(/Enter a whole number from 0 to 1,000/)
  await expect(spam).toHaveAttribute('aria-invalid', 'true')
  await expect(spam).toHaveAccessibleDescription(/Line 2: a word or phrase is at most 100/)
  await expect(spam).toBeFocused()
  expect((await midad.value('comments.rules.get', {})).holdWords).toEqual([])

  await spam.fill('*كازينو*')
  await links.fill('')
  await dialog.getByLabel('Hold first-time commenters').check()
  await dialog.getByLabel('Hold first-time commenters').uncheck()
  await dialog.getByRole('button', { name: 'Save rules' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Rules saved.')
  expect(await midad.value('comments.rules.get', {})).toEqual({
    holdWords: [
      { word: 'غبي', match: 'word' },
      { word: 'أحمق', match: 'word' },
    ],
    spamWords: [{ word: 'كازينو', match: 'substring' }],
    maxLinks: null,
    holdFirstTime: false,
  })
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  // New comments meet the rules on the way in; the panel picks them up by itself.
  await seedComments(
    midad,
    [
      { author: { name: 'Troll' }, body: 'أنت غـبـيـيـي جدا' },
      { author: { name: 'Bot' }, body: 'أفضل الكازينوهات هنا' },
      { author: { name: 'Polite' }, body: 'مقال مفيد، شكرًا' },
    ],
    { clear: false },
  )
  await expectCounts(page, { Pending: 1, Approved: 1, Spam: 1 })
  // The focus was on the dialog's opener; j brings it back to the current comment.
  await page.keyboard.press('j')
  await expectCurrent(page, 'Troll')
  await expect(card(page)).toContainText('Held: the word «غبي» (matched «')
  await page.keyboard.press('3')
  await expectCurrent(page, 'Bot')
  await expect(card(page)).toContainText('Marked as spam: the word «كازينو»')
  await expect(card(page).getByRole('region', { name: 'Moderation history' })).toContainText(
    'Marked as spam: the word «كازينو»',
  )
})

test('audit log export, import from a file, and the sync line without WordPress targets', async ({
  page,
  midad,
}) => {
  await seedComments(midad, readers(2))
  await openModeration(page, midad)
  // No WordPress target: nothing to sync with.
  await expect(page.getByRole('button', { name: 'Sync with WordPress' })).toHaveCount(0)

  await page.keyboard.press('a')
  await expectCounts(page, { Pending: 1, Approved: 1 })

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export audit log (CSV)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^midad-comments-audit-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = (await readFile(await file.path())).toString('utf8')
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
  expect(lines[0]).toBe('at,actionId,commentId,action,from,to,by,rule,word')
  expect(lines.some((line) => /,approve,pending,approved,/.test(line))).toBe(true)

  await page.getByLabel('Import comments…').setInputFiles({
    name: 'comments.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        comments: [
          {
            article: { title: 'مقال مستورد' },
            author: { name: 'Imported reader' },
            body: 'تعليق من ملف',
            createdAt: '2030-01-01T00:00:00Z',
            status: 'pending',
          },
        ],
      }),
    ),
  })
  await expect(page.getByRole('status').filter({ hasText: 'Import done: 1 added' })).toBeVisible()
  await expectCounts(page, { Pending: 2, Approved: 1 })
  await expect(queueList(page).getByRole('listitem').first()).toContainText('Imported reader')

  // A broken file says why and adds nothing.
  await page.getByLabel('Import comments…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"comments": [ {'),
  })
  await expect(page.getByRole('status').filter({ hasText: 'could not be imported' })).toBeVisible()
  await expectCounts(page, { Pending: 2, Approved: 1 })
})

/** A 127.0.0.1 port nothing listens on (taken, then given back). */
async function unusedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

test('with a WordPress target, the sync line says what happened when the site is down', async ({
  page,
  midad,
}) => {
  await seedComments(midad, readers(1))
  await midad.value('targets.add', {
    kind: 'wordpress',
    name: 'News site',
    url: `http://127.0.0.1:${await unusedPort()}`,
    user: 'editor',
    appPassword: 'abcd EFGH ijkl MNOP qrst UVWX',
  })
  await openModeration(page, midad)
  const states = page.getByRole('list', { name: 'WordPress sync' })
  await expect(states).toContainText(
    'News site: never fetched · decisions waiting: 0 · conflicts: 0',
  )
  await page.getByRole('button', { name: 'Sync with WordPress' }).click()
  // Unreachable is not a failure of the panel: the line keeps the site's error.
  await expect(states).toContainText('last error:')
  await expectCounts(page, { Pending: 1 })
})

test('a long queue is virtualized and loads as it scrolls', async ({ page, midad }) => {
  await seedComments(midad, readers(1_500))
  await openModeration(page, midad)
  await expectCounts(page, { Pending: 1_500 })
  await expectCurrent(page, 'Reader 1')
  const rows = queueList(page).getByRole('listitem')
  await expect(rows.first()).toHaveAttribute('aria-setsize', '1500')
  expect(await rows.count()).toBeLessThan(40)

  // Scrolled to the end: the last page loads, and still only a screenful is in the page.
  await queueList(page).evaluate((list) => {
    const scroller = list.parentElement as HTMLElement
    scroller.scrollTop = scroller.scrollHeight
  })
  const last = queueList(page).locator('li[aria-posinset="1500"]')
  await expect(last).toContainText('Reader 1500')
  expect(await rows.count()).toBeLessThan(40)
  await last.getByRole('button').click()
  await expect(currentRow(page)).toContainText('Reader 1500')
  await page.keyboard.press('k')
  await expectCurrent(page, 'Reader 1499')
})

test('Arabic: the panel mirrors, every control is named, and axe finds nothing serious', async ({
  page,
  midad,
}) => {
  await seedComments(midad, [
    { author: { name: 'سلمى', email: 'salma@example.com' }, body: 'تعليق أول', status: 'pending' },
    {
      author: { name: 'سلمى', email: 'salma@example.com' },
      body: 'تعليق سابق',
      status: 'approved',
    },
    { author: { name: 'Spam bot' }, body: 'http://spam.example', status: 'spam' },
  ])
  await openModeration(page, midad, 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  for (const name of ['قيد المراجعة', 'المقبولة', 'المزعجة', 'المهملات'])
    await expect(page.getByRole('tab', { name, exact: true })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'قيد المراجعة' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  const current = page
    .getByRole('list', { name: /^التعليقات: / })
    .locator('button[aria-current="true"]')
  await expect(current).toContainText('سلمى')
  await expect(current).toBeFocused()
  const theCard = page.getByRole('region', { name: 'التعليق' })
  await expect(theCard.getByRole('button', { name: 'قبول' })).toBeVisible()
  // The author's history: the earlier comment and its status.
  await expect(theCard.getByRole('region', { name: 'تعليقات الكاتب' })).toContainText('تعليق سابق')

  // RTL: the queue is on the right, the card on its left.
  const list = await page.getByRole('list', { name: /^التعليقات: / }).boundingBox()
  const cardBox = await theCard.boundingBox()
  expect(list && cardBox && list.x > cardBox.x).toBe(true)

  expect(await unnamedControls(page)).toEqual([])
  expect(await seriousViolations(page, '.moderation-view')).toEqual([])

  await page.keyboard.press('x')
  await expect(page.getByRole('group', { name: 'إجراءات جماعية' })).toContainText(
    'تم تحديد تعليق واحد',
  )
  expect(await unnamedControls(page)).toEqual([])

  await page.getByRole('button', { name: 'قواعد الإشراف' }).click()
  await expect(page.getByRole('dialog', { name: 'قواعد الإشراف' })).toBeVisible()
  expect(await unnamedControls(page)).toEqual([])
  expect(await seriousViolations(page, 'dialog')).toEqual([])
  await page.keyboard.press('Escape')

  // The header button switches back to the articles.
  await page.getByRole('button', { name: 'التعليقات', exact: true }).click()
  await expect(page.getByRole('tablist')).toBeHidden()
  await expect(page.getByRole('list', { name: 'المقالات' })).toBeVisible()
})

test('read-only: a second Midad shows the queues but offers no action', async ({ page, midad }) => {
  await seedComments(midad, readers(2))
  await midad.value('settings.update', { language: 'en' })
  const second = await startMidad({ dataDir: midad.dataDir })
  try {
    await page.goto(second.url)
    await page.getByRole('button', { name: 'Comments', exact: true }).click()
    await expectCounts(page, { Pending: 2 })
    await expectCurrent(page, 'Reader 1')
    for (const name of ['Approve', 'Mark as spam', 'Move to trash', 'Reply', 'Edit'])
      await expect(card(page).getByRole('button', { name })).toBeDisabled()
    await expect(page.getByRole('checkbox', { name: 'Select comment by Reader 1' })).toBeDisabled()
    await expect(page.getByLabel('Import comments…')).toBeDisabled()
    // The keys do nothing either; j/k still move.
    await page.keyboard.press('a')
    await page.keyboard.press('j')
    await expectCurrent(page, 'Reader 2')
    await expectCounts(page, { Pending: 2, Approved: 0 })
    expect((await midad.value('comments.counts', {})).pending).toBe(2)
  } finally {
    await second.stop()
  }
})
