import type { Locator, Page } from '@playwright/test'
import { readers, seedComments } from './comments-fixtures'
import { expect, expectSaved, test } from './fixtures'

/**
 * The whole app from the keyboard alone (no mouse call anywhere), and at every focus stop a
 * focus ring a user can see: a 2px or wider outline, or a box-shadow, in a colour with at least
 * 3:1 contrast against what is behind it (WCAG 1.4.11).
 */

/** What the focused element shows; `problem` says why its focus would not be seen. */
function focusStop(page: Page): Promise<{ what: string; problem: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return { what: '(nothing)', problem: 'focus was lost' }
    const name = (
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      ''
    )
      .trim()
      .slice(0, 40)
    const what = `<${el.tagName.toLowerCase()} class="${el.className}"> "${name}"`
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((c) => c / 255)
      const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    /** The first painted background from `from` outwards (the page's canvas at the end). */
    const behind = (from: Element | null): string => {
      for (let node = from; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor
        if ((rgb(bg)[3] ?? 1) > 0) return bg
      }
      return getComputedStyle(document.documentElement).backgroundColor
    }
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
      return (hi + 0.05) / (lo + 0.05)
    }
    const style = getComputedStyle(el)
    const shadow = style.boxShadow
    let ring: { color: string; on: string } | null = null
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) {
      const outside = Number.parseFloat(style.outlineOffset) >= 0
      ring = { color: style.outlineColor, on: behind(outside ? el.parentElement : el) }
    } else if (shadow !== 'none') {
      const color = /rgba?\([^)]*\)/.exec(shadow)?.[0] ?? style.color
      ring = { color, on: behind(shadow.includes('inset') ? el : el.parentElement) }
    }
    if (!ring) return { what, problem: `no focus ring (outline ${style.outlineStyle})` }
    const ratio = contrast(ring.color, ring.on)
    return ratio < 3
      ? { what, problem: `ring ${ring.color} on ${ring.on}: ${ratio.toFixed(2)}:1` }
      : { what, problem: null }
  })
}

/** Presses keys and checks the focus after each one, collecting every unseen focus. */
function keyboard(page: Page) {
  const unseen = new Set<string>()
  const stops: string[] = []
  const press = async (key: string) => {
    await page.keyboard.press(key)
    const stop = await focusStop(page)
    stops.push(stop.what)
    if (stop.problem) unseen.add(`${stop.what}: ${stop.problem}`)
  }
  const isFocused = (target: Locator, within: boolean) =>
    target.evaluate(
      (el, w) => (w ? el.contains(document.activeElement) : el === document.activeElement),
      within,
    )
  /** Tabs (or Shift+Tabs) until `target` (or, `within`, something inside it) has the focus. */
  const tabTo = async (target: Locator, { back = false, within = false, max = 80 } = {}) => {
    for (let i = 0; i < max; i++) {
      await press(back ? 'Shift+Tab' : 'Tab')
      if (await isFocused(target, within)) return
    }
    throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target}`)
  }
  return { press, tabTo, unseen, stops }
}

test('a new article is written, checked in the publish panel, set up and moderated from the keyboard alone, every focus visible', async ({
  page,
  midad,
}) => {
  await seedComments(midad, readers(3))
  await page.goto(midad.url)
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()
  const keys = keyboard(page)

  // From the top of the page, the first stop is New article; Enter makes one, focused on its title.
  await keys.tabTo(page.getByRole('button', { name: 'مقال جديد' }), { max: 3 })
  await keys.press('Enter')
  const title = page.getByRole('textbox', { name: 'العنوان', exact: true })
  await expect(title).toBeFocused()
  await page.keyboard.type('جولة بلوحة المفاتيح وحدها')
  await keys.tabTo(page.getByRole('textbox', { name: 'المقدمة' }), { max: 2 })
  await page.keyboard.type('مقدمة قصيرة.')
  const body = page.getByRole('textbox', { name: 'نص المقال' })
  await keys.tabTo(body)
  await page.keyboard.type('كتب المحرر هذا النص دون أن يلمس الفأرة.')
  await expectSaved(page)

  // The side panels: back to each toggle above the editor, Enter, then into the panel.
  await keys.tabTo(page.getByRole('button', { name: 'فتح لوحة النشر' }), { back: true })
  await keys.press('Enter')
  const publish = page.getByRole('region', { name: 'لوحة النشر' })
  await expect(publish.getByRole('list', { name: 'فحوص ما قبل النشر' })).toBeVisible()
  await keys.tabTo(publish, { within: true })

  await keys.tabTo(page.getByRole('button', { name: 'إعدادات المقال' }), { back: true })
  await keys.press('Enter')
  const settings = page.getByRole('complementary', { name: 'إعدادات المقال' })
  const excerpt = settings.getByRole('textbox', { name: 'الملخص' })
  await keys.tabTo(excerpt)
  await page.keyboard.type('ملخص كتب بلوحة المفاتيح')
  await expect(excerpt).toHaveValue('ملخص كتب بلوحة المفاتيح')

  await keys.tabTo(page.getByRole('button', { name: 'السجل', exact: true }), { back: true })
  await keys.press('Enter')
  const history = page.getByRole('complementary', { name: 'السجل' })
  await expect(history.getByRole('listitem').first()).toBeVisible()
  await keys.tabTo(history, { within: true })

  // Comments: the queue takes the focus; j moves, a approves, the next comment takes its place.
  const comments = page.getByRole('button', { name: 'التعليقات', exact: true })
  await keys.tabTo(comments, { back: true, max: 120 })
  await keys.press('Enter')
  const current = page.locator('button[aria-current="true"]').filter({ hasText: 'Reader' })
  await expect(current).toContainText('Reader 1')
  await expect(current).toBeFocused()
  await keys.press('j')
  await expect(current).toContainText('Reader 2')
  await keys.press('a')
  await expect
    .poll(async () =>
      (await midad.value('comments.list', { status: 'approved' })).items.map((c) => c.author.name),
    )
    .toEqual(['Reader 2'])
  await expect(current).toContainText('Reader 3')
  await expect(current).toBeFocused()

  // And back to the article, still as it was written.
  await keys.tabTo(comments, { back: true })
  await keys.press('Enter')
  await expect(comments).toHaveAttribute('aria-pressed', 'false')
  await expect(title).toHaveValue('جولة بلوحة المفاتيح وحدها')
  await keys.tabTo(title)

  expect([...keys.unseen], `focus stops: ${keys.stops.length}`).toEqual([])
})

for (const [lang, theme] of [
  ['en', 'dark'],
  ['ar', 'light'],
] as const) {
  test(`${lang} ${theme}: Tab goes round the whole page and back to the header, no trap, every stop visible`, async ({
    page,
    midad,
  }) => {
    await midad.value('settings.update', { language: lang, theme })
    await page.goto(midad.url)
    await expect(page.locator('.ProseMirror')).toBeVisible()
    const keys = keyboard(page)
    const first = page.getByRole('button', { name: lang === 'en' ? 'New article' : 'مقال جديد' })
    await keys.tabTo(first, { max: 3 })
    const before = keys.stops.length
    // Past the last control the focus leaves the page once, then comes back to the first one.
    await keys.tabTo(first, { max: 150 })
    const round = keys.stops.slice(before).join('\n')
    // The round passed the article list, the editor's body and the header's last control.
    expect(round).toContain('العربية أولًا')
    expect(round).toContain('ProseMirror')
    expect(round).toContain(lang === 'en' ? '"Theme"' : '"المظهر"')
    expect(round.match(/\(nothing\)/g)?.length ?? 0).toBeLessThanOrEqual(1)
    keys.unseen.delete('(nothing): focus was lost')
    expect([...keys.unseen], `${keys.stops.length - before} stops`).toEqual([])
  })
}
