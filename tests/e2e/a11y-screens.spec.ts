import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { ar } from '../../renderer/i18n/messages-ar'
import { en } from '../../renderer/i18n/messages-en'
import type { Language, Theme } from '../../shared/settings/settings-schema'
import { expect, test } from './fixtures'

/**
 * Every screen, in both languages and both themes, through axe: zero serious or critical
 * violations. The names come from the app's own message tables, so each language is driven by
 * the words its users see.
 */

const messages = { ar, en } as const

/** WCAG 2.0/2.1 A and AA, plus axe's best practices (those rated serious or critical fail). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/** The serious and critical violations inside `scope`, one readable line per rule. */
async function violations(page: Page, scope: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(scope).withTags(TAGS).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    )
}

test.describe.configure({ mode: 'parallel' })

for (const lang of ['ar', 'en'] as const satisfies readonly Language[]) {
  for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
    test(`${lang} ${theme}: every screen passes axe with no serious or critical violation`, async ({
      page,
      midad,
    }) => {
      test.setTimeout(90_000)
      const t = messages[lang]
      const found: Record<string, string[]> = {}
      /** Runs axe on one screen; every screen is checked before the test fails. */
      const check = async (screen: string, scope = 'body') => {
        found[screen] = await violations(page, scope)
        expect.soft(found[screen], `${lang} ${theme}, ${screen}`).toEqual([])
      }
      const button = (name: string, within: Page | Locator = page) =>
        within.getByRole('button', { name, exact: true })

      await page.goto(midad.url)
      // The header's settings: language and theme are chosen the way a user does.
      await page.getByRole('combobox', { name: ar.language }).selectOption(lang)
      await page.getByRole('combobox', { name: t.theme }).selectOption(theme)
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)

      // The article list and an Arabic article in the editor.
      const item = page
        .getByRole('list', { name: t.articles })
        .getByRole('button', { name: /العربية أولًا/ })
      await item.click()
      await expect(item).toHaveAttribute('aria-current', 'true')
      await expect(page.getByRole('textbox', { name: t.body })).toContainText('Arabic-first')
      await check('article list and editor')

      // The side panels, each opened with its button above the editor.
      await button(t.styleCheck).click()
      await expect(page.getByRole('complementary', { name: t.styleCheck })).toBeVisible()
      await expect(page.locator('.style-summary')).not.toHaveText(t.styleChecking)
      await check('style check panel')

      await button(t.articleSettings).click()
      await expect(page.getByRole('complementary', { name: t.articleSettings })).toBeVisible()
      await check('article settings panel')

      await button(t.history).click()
      const history = page.getByRole('complementary', { name: t.history })
      await expect(history.getByRole('list').getByRole('listitem').first()).toBeVisible()
      await check('history panel')

      await button(t.openPublishPanel).click()
      const publish = page.getByRole('region', { name: t.publishPanel })
      await expect(publish.getByRole('list', { name: t.prePublishChecks })).toBeVisible()
      await check('publish panel')

      // The newsroom settings: House style, Targets (with the add form open), Export site.
      await button(t.houseStyle).click()
      await expect(page.getByRole('dialog', { name: t.houseStyle })).toBeVisible()
      await check('house style dialog', '.house-style-dialog')
      await page.keyboard.press('Escape')

      await button(t.targets).click()
      const targets = page.getByRole('dialog', { name: t.targets })
      await button(t.addFolderTarget, targets).click()
      await expect(targets.getByRole('form')).toBeVisible()
      await check('targets: add folder form', '.targets-dialog')
      await page.keyboard.press('Escape')
      await expect(targets).toBeHidden()

      await button(t.exportSite).click()
      await expect(page.getByRole('dialog', { name: t.siteExportTitle })).toBeVisible()
      await check('site export dialog', '.site-export-dialog')
      await page.keyboard.press('Escape')

      // Comment moderation: the queue with a comment's card, then its two dialogs.
      await button(t.comments).click()
      await expect(page.getByRole('tablist')).toBeVisible()
      await expect(
        page.getByRole('region', { name: t['comments.card'], exact: true }).getByRole('heading'),
      ).not.toHaveCount(0)
      await check('comment moderation')

      await button(t['comments.rules']).click()
      const rules = page.getByRole('dialog', { name: t['comments.rules'] })
      await expect(rules).toBeVisible()
      await check('moderation rules dialog', '.comments-dialog')
      await page.keyboard.press('Escape')
      await expect(rules).toBeHidden()

      await button(t['comments.shortcuts']).click()
      await expect(page.getByRole('dialog', { name: t['comments.shortcuts'] })).toBeVisible()
      await check('keyboard shortcuts dialog', '.comments-dialog')

      console.log(
        `axe ${lang} ${theme}: ${Object.entries(found)
          .map(([screen, list]) => `${screen}=${list.length}`)
          .join(', ')}`,
      )
    })
  }
}
