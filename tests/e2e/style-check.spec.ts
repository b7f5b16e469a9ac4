import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import type { Doc } from '../../shared/articles/doc-schema'
import { startMidad } from '../support/midad-server'
import { expect, expectSaved, openArticle, test, unnamedControls } from './fixtures'

/**
 * A short story typed the way agency copy arrives: "Iraq" stretched with tatweel twice, a Latin
 * comma between Arabic words, "في في", and a year in Western digits (the default house style
 * prints Arabic-Indic digits).
 */
const STORY =
  'أعلنت الحكومة في العـراق, عن خطة جديدة في في العاصمة لعام 2024. وقال الوزير إن إنتاج القمح في العـراق سيرتفع.'
const TITLE = 'محادثات 2025 في بغداد'

const body = (page: Page) => page.getByRole('textbox', { name: 'Body' })
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true })
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Style check' })
/** A rule's group in the panel, by its heading: "Tatweel (2)". */
const group = (panel: Locator, name: string) =>
  panel.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) })

/** The text the page has selected: the body's DOM selection, or the focused text area's range. */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement
    if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)
      return active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
    return window.getSelection()?.toString() ?? ''
  })
}

async function openStyleCheck(page: Page, name = 'Style check'): Promise<void> {
  const toggle = page.getByRole('button', { name, exact: true })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
}

test('Style check lists the findings, selects them, fixes one, fixes all in one undo step, ignores one for good', async ({
  page,
  midad,
}) => {
  await midad.value('settings.update', { language: 'en' })
  await page.goto(midad.url)
  await page.getByRole('button', { name: 'New article' }).click()
  await expect(titleBox(page)).toBeFocused()
  await titleBox(page).fill(TITLE)
  await body(page).click()
  await page.keyboard.type(STORY)

  await openStyleCheck(page)
  const panel = panelOf(page)
  await expect(panel.getByRole('status')).toHaveText('6 style problems')
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText([
    'Tatweel (2)',
    'Latin punctuation in Arabic (1)',
    'Digits not in the house style (2)',
    'Repeated words (1)',
  ])
  // The flagged part is marked inside the excerpt; the suggestion shows the text as fixed.
  const repeated = group(panel, 'Repeated words')
  await expect(repeated.locator('mark')).toHaveText(' في')
  await expect(repeated.getByText(/جديدة في العاصمة/)).toBeVisible()
  expect(await unnamedControls(page)).toEqual([])
  const axe = await new AxeBuilder({ page }).include('#style-check-panel').analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([])

  // Clicking a finding selects exactly its range: in the body, and in the title.
  await repeated.getByRole('button', { name: /جديدة في في العاصمة/ }).click()
  await expect.poll(() => selectedText(page)).toBe(' في')
  await group(panel, 'Digits not in the house style').getByRole('button', { name: TITLE }).click()
  await expect(titleBox(page)).toBeFocused()
  await expect.poll(() => selectedText(page)).toBe('2025')

  // The panel follows typing: a third stretched word appears after a pause.
  await body(page).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' وزار الوفد بغـداد')
  await expect(group(panel, 'Tatweel')).toHaveAccessibleName('Tatweel (3)')

  // Fix one: the Latin comma.
  await group(panel, 'Latin punctuation in Arabic').getByRole('button', { name: 'Fix' }).click()
  await expect(body(page)).toContainText('في العـراق، عن خطة')
  await expect(group(panel, 'Latin punctuation in Arabic')).toHaveCount(0)

  // Fix all tatweel: one click, one undo step.
  const before = await body(page).textContent()
  const fixAll = group(panel, 'Tatweel').getByRole('button', { name: 'Fix all', exact: true })
  await expect(fixAll).toHaveAccessibleDescription('Tatweel (3)')
  await fixAll.click()
  await expect(group(panel, 'Tatweel')).toHaveCount(0)
  await expect(body(page)).not.toContainText('ـ')
  await expect(body(page)).toContainText('في العراق، عن خطة')
  await expect(body(page)).toContainText('وزار الوفد بغداد')
  await body(page).click()
  await page.keyboard.press('Control+z')
  await expect(body(page)).toHaveText(before ?? '')
  await expect(group(panel, 'Tatweel')).toHaveAccessibleName('Tatweel (3)')
  await page.keyboard.press('Control+y')
  await expect(body(page)).not.toContainText('ـ')

  // The title's finding is fixed in the title.
  const digits = group(panel, 'Digits not in the house style')
  await digits
    .getByRole('listitem')
    .filter({ hasText: TITLE })
    .getByRole('button', { name: 'Fix' })
    .click()
  await expect(titleBox(page)).toHaveValue('محادثات ٢٠٢٥ في بغداد')
  await expect(digits).toHaveAccessibleName('Digits not in the house style (1)')

  // Ignore: the finding goes, is saved with the article, and stays ignored after a reload.
  await repeated.getByRole('button', { name: 'Ignore' }).click()
  await expect(repeated).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Show ignored (1)' })).toBeVisible()
  await expect(panel.getByRole('status')).toHaveText('1 style problem')
  await expectSaved(page)
  const listed = await midad.value('articles.list', {})
  const id = listed.find((a) => a.title.startsWith('محادثات'))?.id ?? ''
  const stored = await midad.value('articles.get', { id })
  expect(stored.styleIgnored).toEqual(['repeated-word:body:في في:0'])
  expect(stored.title).toBe('محادثات ٢٠٢٥ في بغداد')

  await page.reload()
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /محادثات/ })
    .click()
  await expect(body(page)).toContainText('في في')
  await openStyleCheck(page)
  await expect(panel.getByRole('status')).toHaveText('1 style problem')
  await expect(group(panel, 'Repeated words')).toHaveCount(0)
  const showIgnored = panel.getByRole('button', { name: 'Show ignored (1)' })
  await expect(showIgnored).toHaveAttribute('aria-expanded', 'false')
  await showIgnored.click()
  const ignoredList = panel.getByRole('list', { name: 'Ignored findings' })
  await expect(ignoredList.locator('mark')).toHaveText(' في')
  await ignoredList.getByRole('button', { name: 'Stop ignoring' }).click()
  await expect(group(panel, 'Repeated words')).toHaveAccessibleName('Repeated words (1)')
  await expect(showIgnored).toHaveCount(0)

  // Fixing the last ones leaves the empty state.
  await group(panel, 'Repeated words').getByRole('button', { name: 'Fix' }).click()
  await group(panel, 'Digits not in the house style').getByRole('button', { name: 'Fix' }).click()
  await expect(panel.getByRole('status')).toHaveText('No style problems found')
  await expect(body(page)).toContainText('خطة جديدة في العاصمة لعام ٢٠٢٤.')
})

type Run = string | { bold: string }
/** A body of paragraphs, each made of plain and bold runs. */
const doc = (...paragraphs: Run[][]): Doc => ({
  type: 'doc',
  content: paragraphs.map((runs) => ({
    type: 'paragraph',
    content: runs.map((run) =>
      typeof run === 'string'
        ? { type: 'text', text: run }
        : { type: 'text', text: run.bold, marks: [{ type: 'bold' }] },
    ),
  })),
})

test('in Arabic the panel speaks Arabic, and follows the house style as soon as it is saved', async ({
  page,
  midad,
}) => {
  await midad.value('articles.create', {
    title: 'أسعار القمح',
    body: doc(
      ['ارتفعت أسعار ', { bold: 'القمـح' }, ' في الأسواق بنسبة 5 بالمئة.'],
      ['وقال التجار إن الطلـب على الخبز (لم يتغير.'],
    ),
  })
  await page.goto(midad.url)
  await openArticle(page, /أسعار القمح/)
  await openStyleCheck(page, 'تدقيق الأسلوب')
  const panel = page.getByRole('complementary', { name: 'تدقيق الأسلوب' })
  const tatweel = panel.getByRole('region', { name: /^التطويل \(الكشيدة\)/ })
  await expect(tatweel.getByRole('button', { name: 'إصلاح الكل', exact: true })).toBeVisible()
  await expect(tatweel.getByRole('button', { name: 'إصلاح', exact: true })).toHaveCount(2)
  await expect(tatweel.getByRole('button', { name: 'تجاهل', exact: true })).toHaveCount(2)
  // An unbalanced bracket has no one-click fix, only advice.
  const unbalanced = panel.getByRole('region', { name: /^علامات تنصيص أو أقواس غير متوازنة/ })
  await expect(unbalanced.getByRole('button', { name: 'إصلاح', exact: true })).toHaveCount(0)
  await expect(unbalanced.getByText('أضف العلامة الناقصة أو احذف الزائدة.')).toBeVisible()
  await expect(panel.getByRole('region', { name: /^أرقام تخالف أسلوب التحرير/ })).toBeVisible()
  expect(await unnamedControls(page)).toEqual([])

  await panel.getByRole('button', { name: 'إغلاق تدقيق الأسلوب' }).click()
  await expect(panel).toHaveCount(0)
  await openStyleCheck(page, 'تدقيق الأسلوب')
  await expect(panel.getByRole('region', { name: /^أرقام/ })).toBeVisible()

  // A house style saved with Western digits: the open panel checks against it at once.
  await page.getByRole('button', { name: 'أسلوب التحرير' }).click()
  const dialog = page.getByRole('dialog', { name: 'أسلوب التحرير' })
  await dialog.getByRole('radio', { name: /غربية/ }).check()
  await dialog.getByRole('button', { name: 'حفظ أسلوب التحرير' }).click()
  await expect(dialog.getByRole('status')).toHaveText('حُفظ أسلوب التحرير.')
  await page.keyboard.press('Escape')
  await expect(panel.getByRole('region', { name: /^التطويل/ })).toBeVisible()
  await expect(panel.getByRole('region', { name: /^أرقام/ })).toHaveCount(0)

  // Fixes keep the formatting around them: the bold word stays bold.
  await tatweel.getByRole('button', { name: 'إصلاح الكل', exact: true }).click()
  const text = page.getByRole('textbox', { name: 'نص المقال' })
  await expect(text).not.toContainText('ـ')
  await expect(text.locator('strong')).toHaveText('القمح')
  await expect(tatweel).toHaveCount(0)
  // The keyboard stays in the panel, on the next finding.
  await expect(panel.locator('.style-excerpt').first()).toBeFocused()
})

test('a read-only window lists the findings and selects them, but offers no Fix or Ignore', async ({
  page,
  midad,
}) => {
  await midad.value('articles.create', {
    title: 'موسم الحصاد',
    body: doc(['بدأ موسم الحصـاد في في الريف.']),
  })
  const second = await startMidad({ dataDir: midad.dataDir })
  try {
    await page.goto(second.url)
    await openArticle(page, /موسم الحصاد/)
    await openStyleCheck(page, 'تدقيق الأسلوب')
    const panel = page.getByRole('complementary', { name: 'تدقيق الأسلوب' })
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText([
      /^التطويل \(الكشيدة\) \((1|١)\)$/,
      /^كلمات مكررة \((1|١)\)$/,
    ])
    for (const name of ['إصلاح', 'إصلاح الكل', 'تجاهل']) {
      await expect(panel.getByRole('button', { name, exact: true })).toHaveCount(0)
    }
    await panel
      .getByRole('button', { name: /الحصـاد/ })
      .first()
      .click()
    await expect.poll(() => selectedText(page)).toBe('ـ')
  } finally {
    await second.stop()
  }
})
