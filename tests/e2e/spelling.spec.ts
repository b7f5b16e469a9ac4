import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { MidadServer } from '../support/midad-server'
import { expect, newArticle, test } from './fixtures'

const body = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' })
const marks = (page: Page) => body(page).locator('.misspelled')
const mark = (page: Page, word: string) => marks(page).filter({ hasText: new RegExp(`^${word}$`) })

/**
 * Setup, not the behaviour under test: the Edit › Spelling menu that switches engines is not in
 * the page yet, so Midad's own checker is chosen through the API before the page loads.
 */
async function openWithMidadSpelling(page: Page, midad: MidadServer): Promise<void> {
  await midad.value('settings.update', { spellcheck: 'midad' })
  await page.goto(midad.url)
}

test('a misspelled word is marked and a correct one is not; a suggestion replaces it, and one Ctrl+Z brings it back', async ({
  page,
  midad,
}) => {
  await openWithMidadSpelling(page, midad)
  await newArticle(page, 'خطة الحكومة', 'أعلنت الحكومه خطة جديدة للمدارس')
  await expect(mark(page, 'الحكومه')).toBeVisible()
  await expect(marks(page)).toHaveCount(1)
  await expect(body(page)).toHaveAttribute('spellcheck', 'false')

  await mark(page, 'الحكومه').click({ button: 'right' })
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  const first = menu.getByRole('menuitem').first()
  await expect(first).toHaveText('الحكومة')
  await expect(first).toBeFocused()
  await expect(menu.getByRole('menuitem', { name: 'أضف إلى القاموس' })).toBeVisible()
  await first.click()
  await expect(menu).toBeHidden()
  await expect(body(page)).toHaveText('أعلنت الحكومة خطة جديدة للمدارس')
  await expect(marks(page)).toHaveCount(0)
  await expect(body(page)).toBeFocused()

  await page.keyboard.press('Control+z')
  await expect(body(page)).toHaveText('أعلنت الحكومه خطة جديدة للمدارس')
  await expect(mark(page, 'الحكومه')).toBeVisible()
})

test('Add to dictionary clears the word everywhere, is kept in the data folder and survives a reload', async ({
  page,
  midad,
}) => {
  await openWithMidadSpelling(page, midad)
  await newArticle(page, 'زيارة', 'التقى زيلينسكي وفداً، وقال زيلينسكي إن لزيلينسكي موقفاً')
  await expect(marks(page)).toHaveCount(3)
  await mark(page, 'زيلينسكي').first().click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'أضف إلى القاموس' }).click()
  await expect(page.getByRole('menu')).toBeHidden()
  await expect(marks(page)).toHaveCount(0)
  const stored = JSON.parse(await readFile(join(midad.dataDir, 'newsroom-dictionary.json'), 'utf8'))
  expect(stored.words).toContain('زيلينسكي')

  await page.keyboard.press('End')
  await page.keyboard.type(' وزيلينسكو')
  await expect(mark(page, 'وزيلينسكو')).toBeVisible()
  await page.reload()
  await page.getByRole('list', { name: 'المقالات' }).getByRole('button', { name: /زيارة/ }).click()
  await expect(body(page)).toContainText('وزيلينسكو')
  await expect(mark(page, 'وزيلينسكو')).toBeVisible()
  await expect(marks(page)).toHaveCount(1)
})

test('from the keyboard: Shift+F10 in a misspelled word opens the menu, arrows move, Escape returns to the text; axe finds nothing serious', async ({
  page,
  midad,
}) => {
  await openWithMidadSpelling(page, midad)
  await newArticle(page, 'مكتبة', 'افتتحت مكتبةة عامة')
  await expect(mark(page, 'مكتبةة')).toBeVisible()
  // The caret into the misspelled word (a plain click in its middle), then the keyboard only.
  await mark(page, 'مكتبةة').click()
  await page.keyboard.press('Shift+F10')
  const menu = page.getByRole('menu', { name: /مكتبةة/ })
  await expect(menu).toBeVisible()
  const items = menu.getByRole('menuitem')
  await expect(items.first()).toHaveText('مكتبة')
  await expect(items.first()).toBeFocused()

  const axe = await new AxeBuilder({ page }).include('.spelling-menu').analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  await page.keyboard.press('End')
  await expect(menu.getByRole('menuitem', { name: 'تجاهل' })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(items.first()).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(menu.getByRole('menuitem', { name: 'تجاهل' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(body(page)).toBeFocused()
  await expect(body(page)).toHaveText('افتتحت مكتبةة عامة')

  // Ignore, chosen with Enter, hides the mark for this session.
  await page.keyboard.press('Shift+F10')
  await expect(menu).toBeVisible()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await expect(marks(page)).toHaveCount(0)
})

test('in browser mode the default (auto) leaves spelling to the browser: no Midad marks', async ({
  page,
  midad,
}) => {
  const checks: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/spelling.')) checks.push(request.url())
  })
  await page.goto(midad.url)
  await newArticle(page, 'تجربة', 'أعلنت الحكومه خطة')
  await expect(body(page)).toHaveAttribute('spellcheck', 'true')
  await expect(page.getByRole('textbox', { name: 'العنوان', exact: true })).toHaveAttribute(
    'spellcheck',
    'true',
  )
  // Longer than Midad's pause before checking.
  await page.waitForTimeout(1000)
  await expect(marks(page)).toHaveCount(0)
  expect(checks).toEqual([])
})
