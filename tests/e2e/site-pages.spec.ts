import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Dialog, Page, Request } from '@playwright/test'
import type { Article } from '../../shared/articles/article-schema'
import { HOSTILE_HREFS, hostileFields, PWNED } from '../support/export-fixtures'
import { elementsOf } from '../support/exported-markup'
import { type MidadServer, startMidad } from '../support/midad-server'
import {
  buildNewsroom,
  type Newsroom,
  resolveSiteRef,
  runSiteJob,
  SHARED_TAG,
} from '../support/site-fixtures'
import { expect, test } from './fixtures'

/**
 * Pages of an exported site opened from disk (file: URLs) in the real Chromium: a hostile article,
 * its tag pages, the front page and the tag index run nothing and load nothing from elsewhere,
 * even under a hostile site name; and the pages a reader uses most are accessible, Arabic,
 * right-to-left and set in the site's own font.
 */

const run = `window.${PWNED}=1;alert(1)`
/** Tags a hostile editor could add, besides those of {@link hostileFields}. */
const HOSTILE_TAGS = [
  `<img src=x onerror="${run}">`,
  `javascript:${run}`,
  '../../index',
  '%2e%2e/x',
]
/** A site name that tries to break out of every place it is written. */
const HOSTILE_TITLE = `</title><script>${run}</script><img src=x onerror="${run}"> \u202Eأخبار`

let midad: MidadServer
let root = ''
let site = ''
let room: Newsroom
let hostile: Article
/** Site paths of the pages the hostile tests open. */
let hostilePage = ''
let hostileTagPages: string[] = []

test.beforeAll(async () => {
  midad = await startMidad()
  root = mkdtempSync(join(tmpdir(), 'midad-site-pages-'))
  site = join(root, 'site')
  // The address goes through the settings, which take nothing but http(s).
  for (const siteUrl of HOSTILE_HREFS) {
    const envelope = await midad.call('settings.update', { siteUrl })
    expect(envelope.ok ? 'accepted' : envelope.error.code, siteUrl).toBe('invalid_argument')
  }
  expect((await midad.value('settings.get', {})).siteUrl).toBe('')
  // One that is http(s) but tries to break out of an attribute is stored percent-encoded.
  const settings = await midad.value('settings.update', {
    siteTitle: HOSTILE_TITLE,
    siteUrl: `https://news.example/"><script>${run}</script>/`,
  })
  expect(settings.siteUrl).toMatch(/^https:\/\/news\.example\/[^"<>\s]+\/$/)

  room = await buildNewsroom(midad.value, { fillers: 2 })
  const fields = hostileFields()
  hostile = await midad.value('articles.create', {
    ...fields,
    status: 'published',
    tags: [...fields.tags, ...HOSTILE_TAGS, SHARED_TAG],
  })
  const job = await runSiteJob(midad.value, { outDir: site, articles: 'all' })
  expect(job.state, job.error ?? '').toBe('done')

  const manifest = JSON.parse(readFileSync(join(site, '.midad-site.json'), 'utf8'))
  hostilePage = manifest.articles[hostile.id].path
  const tagLinks = elementsOf(readFileSync(join(site, hostilePage), 'utf8')).filter(
    (e) =>
      e.name === 'a' &&
      (e.parent?.parent as { attribs?: { class?: string } })?.attribs?.class === 'tags',
  )
  hostileTagPages = [
    ...new Set(tagLinks.map((a) => resolveSiteRef(hostilePage, a.attribs.href ?? '') as string)),
  ]
  expect(hostileTagPages.length).toBeGreaterThanOrEqual(6)
})

test.afterAll(async () => {
  await midad?.stop()
  if (root) rmSync(root, { recursive: true, force: true })
})

/** Pages that already report policy violations to the test. */
const watched = new WeakSet<Page>()

/**
 * Opens a page of the site from disk and reports what it tried to do and what a reader gets:
 * dialogs, requests (any that is not file:), policy violations, scripts, event handlers, script
 * addresses, its language and direction, and its font.
 */
async function openSitePage(page: Page, path: string) {
  const dialogs: string[] = []
  const requests: string[] = []
  const onDialog = (dialog: Dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  }
  const onRequest = (request: Request) => {
    requests.push(request.url())
  }
  page.on('dialog', onDialog)
  page.on('request', onRequest)
  if (!watched.has(page)) {
    watched.add(page)
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __violations: string[] }).__violations = seen
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective))
    })
  }
  const url = pathToFileURL(join(site, path)).href
  try {
    await page.goto(url, { waitUntil: 'load' })
    // Give timers, load, hover and focus handlers their chance to fire.
    await page.locator('a, li, p').first().hover()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.waitForTimeout(100)
  } finally {
    page.off('dialog', onDialog)
    page.off('request', onRequest)
  }
  const state = await page.evaluate(async (pwned) => {
    await document.fonts.ready
    const w = window as unknown as Record<string, unknown>
    const all = [...document.querySelectorAll('*')]
    return {
      pwned: w[pwned],
      violations: w.__violations as string[],
      scripts: [...document.scripts].map((s) => s.type),
      handlers: all.flatMap((e) =>
        e
          .getAttributeNames()
          .filter((n) => n.toLowerCase().startsWith('on'))
          .map((n) => `${e.tagName}[${n}]`),
      ),
      scriptAddresses: all.flatMap((e) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href']
          .map((n) => e.getAttribute(n))
          .filter((v): v is string => v !== null && /^\s*(javascript|data|vbscript):/i.test(v)),
      ),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      bodyFont: getComputedStyle(document.body).fontFamily,
      fontsLoaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
      stylesheets: [...document.styleSheets].map((s) => s.href),
    }
  }, PWNED)
  return { ...state, dialogs, requests, url }
}

/** Asserts a page ran nothing, loaded nothing from outside the site's folder, and shows its font. */
function expectInert(result: Awaited<ReturnType<typeof openSitePage>>, isArticle: boolean) {
  expect(result.dialogs).toEqual([])
  expect(result.pwned).toBeUndefined()
  expect(result.violations).toEqual([])
  expect(result.scripts).toEqual(isArticle ? ['application/ld+json'] : [])
  expect(result.handlers).toEqual([])
  expect(result.scriptAddresses).toEqual([])
  // The listener does see the page's own files (so an outside request would show)...
  expect(result.requests[0]).toBe(result.url)
  expect(result.requests.some((url) => url.endsWith('/assets/site.css'))).toBe(true)
  expect(result.requests.some((url) => url.endsWith('.woff2'))).toBe(true)
  // ...and every one of them is a file of the site.
  expect(result.requests.filter((url) => !url.startsWith(pathToFileURL(site).href))).toEqual([])
}

for (const policy of ['as exported', 'even without its policy'] as const) {
  test.describe(`hostile content in a site, ${policy}`, () => {
    test.use({ bypassCSP: policy !== 'as exported' })

    test('the hostile article, its tag pages, the front page and the tag index run nothing and load nothing from elsewhere', async ({
      page,
    }) => {
      for (const path of [hostilePage, ...hostileTagPages, 'index.html', 'tags/index.html']) {
        await test.step(path, async () => {
          expectInert(await openSitePage(page, path), path === hostilePage)
          // The hostile site name is text in the masthead, never markup.
          await expect(page.locator('.site-name')).toContainText(`<img src=x onerror="${run}">`)
        })
      }
      // The payloads are text a reader sees: the article's title, its tags, its listing.
      await openSitePage(page, hostilePage)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        '</title></script><script>',
      )
      await expect(page.locator('ul.tags')).toContainText(HOSTILE_TAGS[0] as string)
      await openSitePage(page, 'index.html')
      await expect(page.locator('main')).toContainText('</title></script><script>')
    })
  })
}

test('the site is Arabic, right-to-left and set in its own font', async ({ page }) => {
  const pages = [
    'index.html',
    'articles/every-node.html',
    `tags/${SHARED_TAG}.html`,
    'tags/index.html',
  ]
  for (const path of pages) {
    await test.step(path, async () => {
      const result = await openSitePage(page, path)
      expect(result.lang).toBe('ar')
      expect(result.dir).toBe('rtl')
      await expect(page.locator('html[lang="ar"][dir="rtl"]')).toHaveCount(1)
      expect(result.stylesheets).toEqual([pathToFileURL(join(site, 'assets/site.css')).href])
      expect(result.bodyFont).toMatch(/^"Noto Naskh Arabic"/)
      expect(result.fontsLoaded).toContain('Noto Naskh Arabic')
      // Laid out by the stylesheet: the masthead is a bar, the text column has a width.
      const width = await page
        .locator('main')
        .evaluate((main) => main.getBoundingClientRect().width)
      expect(width).toBeLessThan(900)
    })
  }
  // The article's figures show their images: each one's file was loaded, and the real ones (the
  // test JPEG is a header only) drawn at their size.
  const result = await openSitePage(page, 'articles/every-node.html')
  const sources = await page
    .locator('main img')
    .evaluateAll((images) =>
      images.map(
        (img) => [(img as HTMLImageElement).src, (img as HTMLImageElement).naturalWidth] as const,
      ),
    )
  expect(sources).toHaveLength(room.images.length)
  for (const [src, width] of sources) {
    expect(result.requests, src).toContain(src)
    if (!src.endsWith('.jpg')) expect(width, src).toBeGreaterThan(0)
  }
})

test.describe('accessibility of site pages', () => {
  // axe is injected as a script, which the pages' own policy would (rightly) refuse.
  test.use({ bypassCSP: true })
  test('the front page, an article with every node, a tag page, the tag index and the hostile article: no serious or critical axe violations', async ({
    page,
  }) => {
    const pages = [
      'index.html',
      'articles/every-node.html',
      `tags/${SHARED_TAG}.html`,
      'tags/index.html',
      hostilePage,
    ]
    const serious: string[] = []
    for (const path of pages) {
      await page.goto(pathToFileURL(join(site, path)).href, { waitUntil: 'load' })
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.passes.length, path).toBeGreaterThan(10)
      for (const v of results.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          serious.push(
            `${path}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          )
    }
    expect(serious).toEqual([])
  })
})
