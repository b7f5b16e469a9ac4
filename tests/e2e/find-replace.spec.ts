import type { Page } from '@playwright/test'
import type { Doc, DocNode } from '../../shared/articles/doc-schema'
import { expect, expectSaved, openArticle, test, unnamedControls } from './fixtures'

const text = (value: string, bold = false): DocNode =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value }
const doc = (...paragraphs: DocNode[][]): Doc => ({
  type: 'doc',
  content: paragraphs.map((content) => ({ type: 'paragraph', content })),
})

/** A news story whose copy came vowelled, stretched with tatweel, and partly in bold. */
const story = doc(
  [text('أعلنت الحكومة في '), text('العـــراق', true), text(' خطة جديدة لدعم المزارعين.')],
  [text('وقال وزير الزراعة إن الْعِرَاق سيزيد إنتاج القمح هذا العام.')],
  [text('ويأمل مزارعو العراق أن تصل المياه في موعدها.')],
)

/**
 * "3 of 12" in the UI's digits: Arabic-Indic or Western, as the browser's Arabic number format
 * has it (the count goes through the i18n number formatting).
 */
function counted(current: number, total: number, of = 'من'): RegExp {
  const either = (n: number) =>
    `(?:${n}|${String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))})`
  return new RegExp(`^${either(current)} ${of} ${either(total)}$`)
}

/** "3 of 12" read back as numbers, whatever the digits. */
function countIn(value: string | null): number[] {
  const western = (value ?? '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  return (western.match(/\d+/g) ?? []).map(Number)
}

const body = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' })

async function openStory(page: Page, midad: { url: string }, title: string) {
  await page.goto(midad.url)
  await openArticle(page, new RegExp(title))
  await body(page).click()
}

test('Ctrl+F finds a plain query in vowelled and stretched text, counts in the UI’s digits, and Enter moves', async ({
  page,
  midad,
}) => {
  const created = await midad.value('articles.create', { title: 'خطة دعم المزارعين', body: story })
  await openStory(page, midad, 'خطة دعم المزارعين')

  await page.keyboard.press('Control+f')
  const bar = page.getByRole('search', { name: 'البحث والاستبدال' })
  const find = bar.getByRole('textbox', { name: 'بحث' })
  await expect(find).toBeFocused()
  await find.fill('العراق')
  const count = bar.getByRole('status')
  await expect(count).toHaveText(counted(1, 3))
  // Highlighted with decorations: the text itself is unchanged.
  await expect(body(page).locator('.find-match')).toHaveCount(3)
  await expect(body(page).locator('.find-match-current')).toHaveText('العـــراق')

  await find.press('Enter')
  await expect(count).toHaveText(counted(2, 3))
  await expect(body(page).locator('.find-match-current')).toHaveText('الْعِرَاق')
  await find.press('Enter')
  await find.press('Enter')
  expect(countIn(await count.textContent())).toEqual([1, 3])
  await find.press('Shift+Enter')
  await expect(count).toHaveText(counted(3, 3))
  await bar.getByRole('button', { name: 'البحث عن السابق' }).click()
  await expect(count).toHaveText(counted(2, 3))

  // Exact matching: only the plain spelling.
  const variants = bar.getByRole('button', { name: 'تجاهل التشكيل وصور الحروف' })
  await expect(variants).toHaveAttribute('aria-pressed', 'true')
  await variants.click()
  await expect(variants).toHaveAttribute('aria-pressed', 'false')
  await expect(count).toHaveText(counted(1, 1))
  await variants.click()
  await expect(count).toHaveText(/ من (3|٣)$/)

  // Whole words: "العراق" is not found inside a longer word.
  await find.fill('عراق')
  await expect(count).toHaveText(/ من (3|٣)$/)
  await bar.getByRole('button', { name: 'كلمات كاملة' }).click()
  await expect(count).toHaveText('لا نتائج')
  await expect(body(page).locator('.find-match')).toHaveCount(0)
  await bar.getByRole('button', { name: 'كلمات كاملة' }).click()

  // Escape closes the bar, removes the highlights, and the body has the focus with the current
  // match selected.
  await find.fill('الْعِرَاق')
  await expect(count).toHaveText(/ من (3|٣)$/)
  await find.press('Escape')
  await expect(bar).toBeHidden()
  await expect(body(page)).toBeFocused()
  await expect(body(page).locator('.find-match')).toHaveCount(0)
  expect(await page.evaluate(() => window.getSelection()?.toString())).toMatch(
    /^(العـــراق|الْعِرَاق|العراق)$/,
  )
  // Finding changed nothing: no edit to save, the stored text is as it was.
  await expectSaved(page)
  const stored = await midad.value('articles.get', { id: created.id })
  expect(stored.body).toEqual(story)
  expect(stored.revision).toBe(created.revision)

  // Ctrl+F again with a word selected searches for that word; ⌘F works too.
  await page.keyboard.press('Meta+f')
  await expect(find).toBeFocused()
  await expect(find).toHaveValue(/^(العـــراق|الْعِرَاق|العراق)$/)
})

test('Ctrl+H replaces inside a bold word and keeps it bold', async ({ page, midad }) => {
  await midad.value('articles.create', {
    title: 'زيارة الرئيس',
    body: doc([text('استقبل '), text('الرئيسُ العراقـي', true), text(' وفداً من رجال الأعمال.')]),
  })
  await openStory(page, midad, 'زيارة الرئيس')

  await page.keyboard.press('Control+h')
  const bar = page.getByRole('search', { name: 'البحث والاستبدال' })
  const find = bar.getByRole('textbox', { name: 'بحث' })
  await expect(find).toBeFocused()
  await find.fill('العراقي')
  await expect(bar.getByRole('status')).toHaveText(counted(1, 1))
  await bar.getByRole('textbox', { name: 'استبدال بـ' }).fill('السوري')
  await bar.getByRole('button', { name: 'استبدال', exact: true }).click()
  await expect(bar.getByRole('status')).toHaveText('لا نتائج')
  await expect(body(page).locator('strong')).toHaveText('الرئيسُ السوري')
  await expect(body(page)).toContainText('استقبل الرئيسُ السوري وفداً من رجال الأعمال.')

  await expectSaved(page)
  const [summary] = (await midad.value('articles.list', {})).filter(
    (a) => a.title === 'زيارة الرئيس',
  )
  const saved = await midad.value('articles.get', { id: summary?.id ?? '' })
  expect(JSON.stringify(saved.body)).toContain(
    JSON.stringify({ type: 'text', marks: [{ type: 'bold' }], text: 'الرئيسُ السوري' }),
  )
})

test('Replace all is one step: Ctrl+Z brings every match back', async ({ page, midad }) => {
  await midad.value('articles.create', { title: 'خطة دعم المزارعين', body: story })
  await openStory(page, midad, 'خطة دعم المزارعين')
  const original = await body(page).textContent()

  await page.keyboard.press('Control+h')
  const bar = page.getByRole('search', { name: 'البحث والاستبدال' })
  await bar.getByRole('textbox', { name: 'بحث' }).fill('العراق')
  await expect(bar.getByRole('status')).toHaveText(counted(1, 3))
  await bar.getByRole('textbox', { name: 'استبدال بـ' }).fill('الأردن')
  await bar.getByRole('button', { name: 'استبدال الكل' }).click()
  await expect(bar.getByRole('status')).toHaveText(/^عدد الاستبدالات: (3|٣)$/)
  await expect(body(page)).not.toContainText('عراق')
  await expect(body(page).locator('strong')).toHaveText('الأردن')
  await expect(body(page)).toContainText('ويأمل مزارعو الأردن أن تصل المياه')

  await page.keyboard.press('Escape')
  await expect(body(page)).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(body(page)).toHaveText(original ?? '')
  await expect(body(page).locator('strong')).toHaveText('العـــراق')
})

test('in English every control of the bar has its name, and Escape returns to the text', async ({
  page,
  midad,
}) => {
  await midad.value('settings.update', { language: 'en' })
  await midad.value('articles.create', { title: 'OPEC meets', body: story })
  await page.goto(midad.url)
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /OPEC meets/ })
    .click()
  const text = page.getByRole('textbox', { name: 'Body' })
  await text.click()
  await page.keyboard.press('Control+h')

  const bar = page.getByRole('search', { name: 'Find and replace' })
  await expect(bar.getByRole('textbox', { name: 'Find' })).toBeFocused()
  await expect(bar.getByRole('textbox', { name: 'Replace with' })).toBeVisible()
  for (const name of ['Find next', 'Find previous', 'Replace', 'Replace all', 'Close find']) {
    await expect(bar.getByRole('button', { name, exact: true })).toBeVisible()
  }
  for (const [name, pressed] of [
    ['Ignore diacritics and letter variants', 'true'],
    ['Match case', 'false'],
    ['Whole words', 'false'],
  ] as const) {
    await expect(bar.getByRole('button', { name })).toHaveAttribute('aria-pressed', pressed)
  }
  expect(await unnamedControls(page)).toEqual([])

  await bar.getByRole('textbox', { name: 'Find' }).fill('العراق')
  await expect(bar.getByRole('status')).toHaveText(counted(1, 3, 'of'))
  await bar.getByRole('button', { name: 'Close find' }).click()
  await expect(bar).toBeHidden()
  await expect(text).toBeFocused()

  // Ctrl+F opens the find bar alone; ⌥⌘F (macOS) asks for replace too.
  await page.keyboard.press('Control+f')
  await expect(bar.getByRole('textbox', { name: 'Find' })).toBeFocused()
  await expect(bar.getByRole('textbox', { name: 'Replace with' })).toBeHidden()
  await expect(bar.getByRole('button', { name: 'Show replace' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  await page.keyboard.press('Escape')
  await page.keyboard.press('Meta+Alt+f')
  await expect(bar.getByRole('textbox', { name: 'Replace with' })).toBeVisible()
})

test('the current match of a long article is scrolled into view, and Escape in the text closes the bar', async ({
  page,
  midad,
}) => {
  const filler = Array.from({ length: 60 }, (_, i) => [
    text(`الفقرة ${i + 1}: تابعت الأسواق المحلية تطورات الأسعار طوال الأسبوع الماضي.`),
  ])
  await midad.value('articles.create', {
    title: 'تقرير الأسواق',
    body: doc(...filler, [text('وفي الختام ارتفع سعر الذهـــب إلى مستوى قياسي.')]),
  })
  await openStory(page, midad, 'تقرير الأسواق')
  await page.keyboard.press('Control+f')
  const bar = page.getByRole('search', { name: 'البحث والاستبدال' })
  await bar.getByRole('textbox', { name: 'بحث' }).fill('الذهب')
  await expect(bar.getByRole('status')).toHaveText(counted(1, 1))
  const current = body(page).locator('.find-match-current')
  await expect(current).toHaveText('الذهـــب')
  await expect(current).toBeInViewport()
  // The sticky toolbar and bar do not cover it.
  const barBox = await bar.boundingBox()
  const matchBox = await current.boundingBox()
  expect(matchBox?.y ?? 0).toBeGreaterThan((barBox?.y ?? 0) + (barBox?.height ?? 0))

  await current.click()
  await expect(body(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(bar).toBeHidden()
  await expect(body(page)).toBeFocused()
})
