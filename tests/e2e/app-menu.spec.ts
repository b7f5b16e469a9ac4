import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openArticle, test } from './fixtures'

/** The browser-mode menu bar and one of its top menus. */
const menuBar = (page: Page) => page.getByRole('menubar')
async function openMenu(page: Page, name: string) {
  await menuBar(page).getByRole('menuitem', { name, exact: true }).click()
  const menu = page.getByRole('menu', { name, exact: true })
  await expect(menu).toBeVisible()
  return menu
}

test('the File menu works from the keyboard alone, with the arrows following Arabic order', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()
  await page.keyboard.press('F10')
  const file = menuBar(page).getByRole('menuitem', { name: 'ملف' })
  await expect(file).toBeFocused()
  // In Arabic the next menu is to the left.
  await page.keyboard.press('ArrowLeft')
  await expect(menuBar(page).getByRole('menuitem', { name: 'تحرير' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(file).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(file).toHaveAttribute('aria-expanded', 'true')
  const newItem = page.getByRole('menu', { name: 'ملف' }).getByRole('menuitem', {
    name: 'مقال جديد',
  })
  await expect(newItem).toBeFocused()
  await expect(newItem).toHaveAttribute('aria-keyshortcuts', 'Control+N')
  const before = await page.getByRole('list', { name: 'المقالات' }).getByRole('button').count()
  await page.keyboard.press('Enter')
  // A new article: its headline box has the focus, and the menu is closed.
  await expect(page.getByRole('textbox', { name: 'العنوان', exact: true })).toBeFocused()
  await expect(page.getByRole('menu')).toHaveCount(0)
  await page.keyboard.type('خبر من القائمة')
  await expect(
    page.getByRole('list', { name: 'المقالات' }).getByRole('button', { name: /خبر من القائمة/ }),
  ).toBeVisible()
  expect(await page.getByRole('list', { name: 'المقالات' }).getByRole('button').count()).toBe(
    before + 1,
  )
  // Escape leaves the bar and gives the focus back to where it was.
  await page.keyboard.press('F10')
  await expect(file).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('textbox', { name: 'العنوان', exact: true })).toBeFocused()
})

test('Open recent lists the articles last opened, newest first, and survives a reload', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await openArticle(page, /معرض الزيتونة/)
  await openArticle(page, /البنك المركزي/)
  const file = await openMenu(page, 'ملف')
  await file.getByRole('menuitem', { name: 'فتح مقال حديث' }).click()
  const recent = page.getByRole('menu', { name: 'فتح مقال حديث' })
  const items = recent.getByRole('menuitem')
  await expect(items.nth(0)).toHaveText(/البنك المركزي/)
  await expect(items.nth(1)).toHaveText(/معرض الزيتونة/)
  await items.nth(1).click()
  const book = page.getByRole('list', { name: 'المقالات' }).getByRole('button', {
    name: /معرض الزيتونة/,
  })
  await expect(book).toHaveAttribute('aria-current', 'true')

  await page.reload()
  await openMenu(page, 'ملف')
  await page.getByRole('menuitem', { name: 'فتح مقال حديث' }).click()
  await expect(recent.getByRole('menuitem').nth(0)).toHaveText(/معرض الزيتونة/)
  await expect(recent.getByRole('menuitem').nth(1)).toHaveText(/البنك المركزي/)
  await recent.getByRole('menuitem', { name: 'مسح القائمة' }).click()
  await openMenu(page, 'ملف')
  await page.getByRole('menuitem', { name: 'فتح مقال حديث' }).click()
  await expect(recent.getByRole('menuitem', { name: 'لا مقالات حديثة' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  const stored = JSON.parse(readFileSync(`${midad.dataDir}/recent.json`, 'utf8')) as {
    ids: string[]
  }
  expect(stored.ids).toEqual([])
})

test('View › Theme switches to dark at once, the header menu agrees, and it is remembered', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await openMenu(page, 'عرض')
  await page.getByRole('menuitem', { name: 'المظهر' }).click()
  const theme = page.getByRole('menu', { name: 'المظهر' })
  await expect(theme.getByRole('menuitemradio', { name: 'النظام' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await theme.getByRole('menuitemradio', { name: 'داكن' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('combobox', { name: 'المظهر' })).toHaveValue('dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await openMenu(page, 'عرض')
  await page.getByRole('menuitem', { name: 'المظهر' }).click()
  await expect(theme.getByRole('menuitemradio', { name: 'داكن' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
})

test('Help shows every keyboard shortcut (also with Ctrl+/) and About shows the version', async ({
  page,
  midad,
}) => {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
  await page.goto(midad.url)
  await openMenu(page, 'مساعدة')
  await page.getByRole('menuitem', { name: 'اختصارات لوحة المفاتيح' }).click()
  const shortcuts = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })
  await expect(shortcuts).toBeVisible()
  await expect(shortcuts.getByRole('table', { name: 'المحرر' })).toContainText('بحث واستبدال')
  await expect(shortcuts.getByRole('row', { name: /مقال جديد/ })).toContainText('Ctrl+N')
  const axe = await new AxeBuilder({ page }).include('dialog').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  )
  await page.keyboard.press('Escape')
  await expect(shortcuts).toBeHidden()
  await page.getByRole('textbox', { name: 'نص المقال' }).click()
  await page.keyboard.press('Control+/')
  await expect(shortcuts).toBeVisible()
  await shortcuts.getByRole('button', { name: 'إغلاق' }).click()

  await openMenu(page, 'مساعدة')
  await page.getByRole('menuitem', { name: 'عن مداد' }).click()
  const about = page.getByRole('dialog', { name: 'عن مداد' })
  await expect(about).toContainText(version)
  await expect(about).toContainText(midad.dataDir)
})

test('the menu is rebuilt in English when the language changes', async ({ page, midad }) => {
  await page.goto(midad.url)
  await expect(menuBar(page)).toHaveAccessibleName('قائمة التطبيق')
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en')
  await expect(menuBar(page)).toHaveAccessibleName('Application menu')
  const names = await menuBar(page).getByRole('menuitem').allTextContents()
  expect(names).toEqual(['File', 'Edit', 'View', 'Help'])
  await openMenu(page, 'Edit')
  await page.getByRole('menuitem', { name: 'Spelling' }).click()
  const spelling = page.getByRole('menu', { name: 'Spelling' })
  // Browser mode checks spelling with the browser's own spellchecker unless told otherwise.
  await expect(
    spelling.getByRole('menuitemradio', { name: 'The browser’s spellcheck' }),
  ).toHaveAttribute('aria-checked', 'true')
  const axe = await new AxeBuilder({ page }).include('.menu-bar').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  )
  await spelling.getByRole('menuitemradio', { name: 'Off' }).click()
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveAttribute('spellcheck', 'false')
  const settings = JSON.parse(readFileSync(`${midad.dataDir}/settings.json`, 'utf8'))
  expect(settings.spellcheck).toBe('off')
})

test('Edit › Find opens the find bar and File › Export HTML downloads the article', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await openArticle(page, /البنك المركزي/)
  await openMenu(page, 'تحرير')
  await page.getByRole('menuitem', { name: 'بحث…' }).click()
  await expect(page.locator('.find-input').first()).toBeFocused()
  await page.keyboard.press('Escape')
  await openMenu(page, 'ملف')
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'تصدير HTML' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.html$/)
})

test('closing the tab with an edit not yet saved asks first', async ({ page, midad }) => {
  await page.goto(midad.url)
  await openArticle(page, /البنك المركزي/)
  await page.getByRole('textbox', { name: 'نص المقال' }).click()
  await page.keyboard.type(' تعديل')
  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
})

test('Edit › Spelling › Newsroom dictionary… adds and removes the newsroom’s words', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await openMenu(page, 'تحرير')
  await page.getByRole('menuitem', { name: 'الإملاء' }).click()
  await page.getByRole('menuitem', { name: 'قاموس غرفة الأخبار…' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('textbox', { name: 'كلمة جديدة' }).fill('زيلينسكي')
  await dialog.getByRole('button', { name: 'أضف', exact: true }).click()
  const words = dialog.getByRole('list', { name: 'كلمات قاموس غرفة الأخبار' })
  await expect(words).toContainText('زيلينسكي')
  const stored = () =>
    JSON.parse(readFileSync(`${midad.dataDir}/newsroom-dictionary.json`, 'utf8')) as {
      words: string[]
    }
  expect(stored().words).toEqual(['زيلينسكي'])
  const remove = dialog.getByRole('button', { name: 'احذف: زيلينسكي' })
  await remove.click()
  await expect(remove).toHaveCount(0)
  expect(stored().words).toEqual([])
})
