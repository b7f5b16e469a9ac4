import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { everyNodeFields, hostileFields, PWNED } from '../support/export-fixtures'
import { unsafeMarkup } from '../support/exported-markup'
import { validateHtml } from '../support/html-validator'
import type { MidadServer } from '../support/midad-server'
import { expect, openArticle, test } from './fixtures'

test('Export HTML saves pending edits and downloads the page; Ctrl+E does the same', async ({
  page,
  midad,
}, testInfo) => {
  await page.goto(midad.url)
  await openArticle(page, /البنك المركزي/)
  const title = page.getByRole('textbox', { name: 'العنوان', exact: true })
  await title.fill('البنك المركزي يثبت الفائدة: عنوان لم يُحفظ بعد')

  const button = page.getByRole('button', { name: 'تصدير HTML' })
  await expect(button).toHaveAttribute('title', 'تصدير HTML (Ctrl+E)')
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toBe('البنك-المركزي-يثبت-الفائدة.html')
  const first = testInfo.outputPath('button.html')
  await download.saveAs(first)
  const html = await readFile(first, 'utf8')
  expect(html).toContain('<title>البنك المركزي يثبت الفائدة: عنوان لم يُحفظ بعد</title>')
  expect(html).toContain('<html lang="ar" dir="rtl">')
  // The edit was saved before exporting, not only exported.
  const stored = await midad.value('articles.get', { id: 'sample-economy' })
  expect(stored.title).toBe('البنك المركزي يثبت الفائدة: عنوان لم يُحفظ بعد')

  await page.getByRole('textbox', { name: 'نص المقال' }).click()
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Control+e'),
  ])
  const second = testInfo.outputPath('shortcut.html')
  await again.saveAs(second)
  expect(await readFile(second, 'utf8')).toContain('<h1 dir="auto">البنك المركزي يثبت الفائدة')

  const reports = validateHtml([first, second])
  for (const file of [first, second]) expect(reports.get(file)?.errors, file).toEqual([])
})

test('the Digits setting switches the exported date to Western digits', async ({ page, midad }) => {
  await page.goto(midad.url)
  const digits = page.getByRole('combobox', { name: 'الأرقام في التواريخ' })
  await expect(digits).toHaveValue('arabic')
  await digits.selectOption('western')
  await expect.poll(async () => (await midad.value('settings.get', {})).digits).toBe('western')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'تصدير HTML' }).click(),
  ])
  const html = await readFile((await download.path()) as string, 'utf8')
  expect(html).toMatch(/<time datetime="[^"]+">\d{1,2} \S+ \d{4}<\/time>/)
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'الأرقام في التواريخ' })).toHaveValue('western')
})

/** Where the tests serve an exported page from; nothing else may be requested. */
const PAGE_URL = 'http://exported.test/article.html'

/**
 * Opens an exported page in Chromium (served at {@link PAGE_URL} exactly as exported) and reports
 * whatever it tried to do: dialogs, any other request (caught and refused), policy violations,
 * scripts and event handlers in the DOM.
 */
async function loadInChromium(page: Page, html: string) {
  const dialogs: string[] = []
  const requests: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.route('**', (route) => {
    const url = route.request().url()
    if (url === PAGE_URL)
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
    requests.push(url)
    return route.abort()
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective))
  })
  await page.goto(PAGE_URL, { waitUntil: 'load' })
  // Give timers, load handlers and autofocus handlers their chance to fire.
  await page.locator('a, li, p').first().hover()
  await page.keyboard.press('Tab')
  await page.waitForTimeout(300)
  const state = await page.evaluate((pwned) => {
    const w = window as unknown as Record<string, unknown>
    return {
      pwned: w[pwned],
      violations: w.__violations,
      scripts: [...document.scripts].map((s) => s.type),
      handlers: [...document.querySelectorAll('*')].flatMap((e) =>
        e.getAttributeNames().filter((n) => n.startsWith('on')),
      ),
      fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
    }
  }, PWNED)
  return { ...state, dialogs, requests }
}

for (const withPolicy of [true, false]) {
  test(`a hostile article exports to a page where nothing runs (${withPolicy ? 'as exported' : 'even without its CSP'})`, async ({
    page,
    midad,
  }) => {
    const article = await midad.value('articles.create', hostileFields())
    const { html } = await midad.value('export.article', { id: article.id })
    expect(unsafeMarkup(html)).toEqual([])
    const loaded = withPolicy
      ? html
      : html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    expect(loaded.includes('Content-Security-Policy')).toBe(withPolicy)

    const result = await loadInChromium(page, loaded)
    expect(result.dialogs).toEqual([])
    expect(result.pwned).toBeUndefined()
    expect(result.requests).toEqual([])
    expect(result.violations).toEqual([])
    expect(result.scripts).toEqual(['application/ld+json'])
    expect(result.handlers).toEqual([])
    await expect(page.getByRole('heading', { level: 1 })).toContainText('</title></script><script>')
  })
}

test('the harness sees a payload that does run (control)', async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><title>x</title></head><body>
<script>window.${PWNED} = 1</script><p>text</p><img src="https://evil.example/x.png" alt="" onerror="alert('ran')"></body></html>`
  const result = await loadInChromium(page, html)
  expect(result.pwned).toBe(1)
  expect(result.dialogs).toEqual(['ran'])
  expect(result.requests).toEqual(['https://evil.example/x.png'])
  expect(result.handlers).toEqual(['onerror'])
})

test('an exported page opens with its own font and no request', async ({ page, midad }) => {
  const { html } = await midad.value('export.article', { id: 'sample-arabic-tech' })
  const result = await loadInChromium(page, html)
  expect(result.requests).toEqual([])
  expect(result.violations).toEqual([])
  expect(result.fonts).toContain('Noto Naskh Arabic')
})

test.describe('accessibility of exported pages', () => {
  test.use({ bypassCSP: true })
  const cases: [string, (midad: MidadServer) => Promise<string>][] = [
    ['the Arabic sample', async () => 'sample-league-final'],
    ['the mixed-direction sample', async () => 'sample-arabic-tech'],
    ['every node', async (midad) => (await midad.value('articles.create', everyNodeFields())).id],
    [
      'the hostile article',
      async (midad) => (await midad.value('articles.create', hostileFields())).id,
    ],
  ]
  for (const [name, idOf] of cases) {
    test(`${name}: no serious or critical axe violations`, async ({ page, midad }) => {
      const { html } = await midad.value('export.article', { id: await idOf(midad) })
      await page.setContent(html, { waitUntil: 'load' })
      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
      expect(serious).toEqual([])
      expect(results.passes.length).toBeGreaterThan(10)
    })
  }
})
