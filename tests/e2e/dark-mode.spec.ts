import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Theme } from '../../shared/settings/settings-schema'
import { seedComments } from './comments-fixtures'
import { expect, newArticle, openHeaderDialog, test } from './fixtures'

/** The relative luminance (0 black … 1 white) of the page's painted background. */
function backgroundLuminance(page: Page, selector = 'html'): Promise<number> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel)
    // Not rendered yet: no number, so the polling assertion tries again.
    if (!element) return Number.NaN
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []
    ).map((c) => Number(c) / 255)
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  }, selector)
}

/** Waits until the page (and its header) is painted dark, or light. */
async function expectPainted(page: Page, look: 'dark' | 'light'): Promise<void> {
  for (const selector of ['html', '.app-header']) {
    await expect
      .poll(() => backgroundLuminance(page, selector))
      [look === 'dark' ? 'toBeLessThan' : 'toBeGreaterThan'](look === 'dark' ? 0.05 : 0.8)
  }
}

/** Serious and critical axe violations (colour contrast among them) inside `selector`. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze()
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

const themeMenu = (page: Page, name = 'المظهر') => page.getByRole('combobox', { name })

test('the theme follows the OS by default, live', async ({ page, midad }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(midad.url)
  await expect(themeMenu(page)).toHaveValue('system')
  await expect(themeMenu(page).getByRole('option')).toHaveText(['النظام', 'فاتح', 'داكن'])
  await expectPainted(page, 'dark')
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/)

  await page.emulateMedia({ colorScheme: 'light' })
  await expectPainted(page, 'light')
})

test('Light overrides a dark OS and is remembered after a reload and in a new window', async ({
  page,
  midad,
  browser,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(midad.url)
  await expectPainted(page, 'dark')
  await themeMenu(page).selectOption({ label: 'فاتح' })
  await expectPainted(page, 'light')
  await expect.poll(async () => (await midad.value('settings.get', {})).theme).toBe('light')

  await page.reload()
  await expect(themeMenu(page)).toHaveValue('light')
  await expectPainted(page, 'light')

  // A fresh window has no local cache: the stored setting alone makes it light.
  const context = await browser.newContext({ colorScheme: 'dark' })
  const fresh = await context.newPage()
  await fresh.goto(midad.url)
  await expect(themeMenu(fresh)).toHaveValue('light')
  await expectPainted(fresh, 'light')
  await context.close()

  // Back to System: the dark OS shows again.
  await themeMenu(page).selectOption({ label: 'النظام' })
  await expectPainted(page, 'dark')
  await expect.poll(async () => (await midad.value('settings.get', {})).theme).toBe('system')
})

test('Dark applies when the OS is light, in English too', async ({ page, midad }) => {
  await midad.value('settings.update', { language: 'en' })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(midad.url)
  await expectPainted(page, 'light')
  await expect(themeMenu(page, 'Theme').getByRole('option')).toHaveText(['System', 'Light', 'Dark'])
  await themeMenu(page, 'Theme').selectOption({ label: 'Dark' })
  await expectPainted(page, 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expectPainted(page, 'dark')
  await expect(themeMenu(page, 'Theme')).toHaveValue('dark')
})

/** Agency copy with style problems (tatweel, a Latin comma, a repeated word, Western digits). */
const STORY =
  'أعلنت الحكومة في العـراق, عن خطة جديدة في في العاصمة لعام 2024. وقال الوزير إن الوزير سيزور.'

for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
  test.describe(`${theme} theme`, () => {
    // The OS says the opposite, so the stored choice is what makes the theme.
    test.use({ colorScheme: theme === 'dark' ? 'light' : 'dark' })

    test(`${theme}: the editor (both languages), find, Style check and House style pass axe`, async ({
      page,
      midad,
    }) => {
      await midad.value('settings.update', { theme })
      await page.goto(midad.url)
      await expectPainted(page, theme)
      await newArticle(page, 'محادثات 2025 في بغداد', STORY)
      await page.keyboard.press('Control+f')
      await page
        .getByRole('search', { name: 'البحث والاستبدال' })
        .getByRole('textbox', { name: 'بحث' })
        .fill('الوزير')
      await expect(page.locator('.find-match-current')).toHaveCount(1)
      expect(await seriousViolations(page, 'body')).toEqual([])

      await page.getByRole('button', { name: 'تدقيق الأسلوب', exact: true }).click()
      await expect(page.locator('#style-check-panel mark').first()).toBeVisible()
      expect(await seriousViolations(page, 'body')).toEqual([])

      await openHeaderDialog(page, 'أسلوب التحرير', 'أسلوب التحرير')
      expect(await seriousViolations(page, '.house-style-dialog')).toEqual([])
      await page.keyboard.press('Escape')

      await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en')
      await expect(page.getByRole('button', { name: 'New article' })).toBeVisible()
      await expectPainted(page, theme)
      expect(await seriousViolations(page, 'body')).toEqual([])
    })

    test(`${theme}: comment moderation passes axe`, async ({ page, midad }) => {
      await midad.value('settings.update', { theme })
      const article = await midad.value('articles.create', { title: 'الاقتصاد اليوم' })
      await seedComments(midad, [
        {
          article: { id: article.id },
          author: { name: 'سلمى' },
          body: 'رأي جميل',
          status: 'pending',
        },
        { article: { id: article.id }, author: { name: 'Ali' }, body: 'Nice', status: 'pending' },
        { author: { name: 'Bot' }, body: 'http://spam.example', status: 'spam' },
      ])
      await page.goto(midad.url)
      await page.getByRole('button', { name: 'التعليقات', exact: true }).click()
      await expect(page.getByRole('tablist')).toBeVisible()
      await expect(page.getByRole('region', { name: 'التعليق' })).toContainText('رأي جميل')
      await expectPainted(page, theme)
      expect(await seriousViolations(page, 'body')).toEqual([])
    })
  })
}
