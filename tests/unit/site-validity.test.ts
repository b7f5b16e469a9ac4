import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Element } from 'domhandler'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { articleSchema } from '../../electron/export/render-body'
import { exportSite } from '../../electron/export/site/export-site'
import { FEED_ENTRIES } from '../../electron/export/site/site-feed'
import { PAGE_SIZE } from '../../electron/export/site/site-lists'
import { dataLayout } from '../../electron/store/data-layout'
import type { Article } from '../../shared/articles/article-schema'
import type { DocNode } from '../../shared/articles/doc-schema'
import type { SiteExportResult, SiteSelection } from '../../shared/export/site-contract'
import type { Settings } from '../../shared/settings/settings-schema'
import { elementsOf, textOf } from '../support/exported-markup'
import { validateHtml } from '../support/html-validator'
import {
  type ApiCaller,
  buildNewsroom,
  DRAFT_TAG,
  type Newsroom,
  pageRefs,
  RESERVED_TAG,
  resolveSiteRef,
  SHARED_TAG,
  SLUGS,
  siteFiles,
  sitePathOf,
  TAG_VARIANTS,
} from '../support/site-fixtures'
import { value } from './fixtures/api'
import { steppingClock } from './fixtures/clock'
import { sampleArticles, sampleDir } from './fixtures/data-dir'

/**
 * The proof that a whole-site export is a valid, self-contained website: one newsroom of 70-odd
 * articles (every node and mark, stored images, mixed directions, Arabic and clashing slugs,
 * spellings of one tag, drafts) exported once with the site's address and once without, and every
 * page, link, feed entry and sitemap address of the result checked.
 */

/** An exported site, read once. */
interface Site {
  dir: string
  /** The absolute address the feed and sitemap are written on. */
  base: string
  result: SiteExportResult
  files: string[]
  has: (path: string) => boolean
  read: (path: string) => Promise<string>
}

let root = ''
let opened: OpenBackend
let room: Newsroom
let settings: Settings
/** Exported with the site's address, every article. */
let site: Site
/** The same, again, into another new folder. */
let again: Site
/** Without an address: feed and sitemap on the folder's file: URL. */
let local: Site
/** Only the published articles. */
let published: Site

async function exportInto(
  name: string,
  selection: SiteSelection,
  siteUrl = settings.siteUrl,
): Promise<Site> {
  const { dataDir, mediaDir } = paths()
  const dir = join(root, name)
  const result = await exportSite({
    articles: opened.articles,
    dataDir,
    mediaDir,
    outDir: dir,
    selection,
    settings: { ...settings, siteUrl },
    timeZone: 'UTC',
  })
  const files = await siteFiles(dir)
  const set = new Set(files)
  return {
    dir,
    base: siteUrl || `${pathToFileURL(dir).href}/`,
    result,
    files,
    has: (path) => set.has(path),
    read: (path) => readFile(join(dir, path), 'utf8'),
  }
}

const paths = () => {
  const layout = dataLayout(join(root, 'data'))
  return { dataDir: layout.root, mediaDir: layout.mediaDir }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'midad-site-validity-'))
  opened = await createBackend({
    dataDir: paths().dataDir,
    sampleDir,
    dailyBackup: false,
    now: steppingClock(),
  })
  const call: ApiCaller = (name, args) => value(opened.backend, name, args)
  room = await buildNewsroom(call, { reservedTag: true })
  // Through the settings, as the app stores them: a name, and an address with a path, normalised.
  settings = await call('settings.update', {
    siteTitle: 'أخبار الواحة',
    siteUrl: 'https://news.example/ar',
  })
  expect(settings.siteUrl).toBe('https://news.example/ar/')
  site = await exportInto('site', 'all')
  again = await exportInto('again', 'all')
  local = await exportInto('local', 'all', '')
  published = await exportInto('published', 'published')
}, 60_000)

afterAll(async () => {
  await opened?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

const htmlFiles = (s: Site) => s.files.filter((f) => f.endsWith('.html'))
const articlePages = (s: Site) => s.files.filter((f) => /^articles\/[^/]+\.html$/.test(f))
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const parentName = (e: Element) => (e.parent as Element | null)?.name

/** The `<h1>` of an article page: its title. */
async function headline(s: Site, page: string): Promise<string> {
  const h1 = elementsOf(await s.read(page)).filter((e) => e.name === 'h1')
  expect(h1, page).toHaveLength(1)
  return textOf(h1[0] as Element)
}

/** Article pages by their title, which is unique in the test newsroom. */
async function pagesByTitle(s: Site): Promise<Map<string, string>> {
  const byTitle = new Map<string, string>()
  for (const page of articlePages(s)) byTitle.set(await headline(s, page), page)
  return byTitle
}

/**
 * The article pages a list links to, on its first page and every later one (followed through
 * its rel=next links), in order, as site paths.
 */
async function listed(s: Site, first: string): Promise<{ pages: string[]; articles: string[] }> {
  const pages: string[] = []
  const articles: string[] = []
  let page: string | null = first
  while (page && !pages.includes(page)) {
    pages.push(page)
    const elements = elementsOf(await s.read(page))
    for (const a of elements.filter((e) => e.name === 'a' && parentName(e) === 'h2'))
      articles.push(resolveSiteRef(page, a.attribs.href ?? '') as string)
    const next = elements.find((e) => e.name === 'a' && e.attribs.rel === 'next')
    page = next ? resolveSiteRef(page, next.attribs.href ?? '') : null
  }
  return { pages, articles }
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['entry', 'link', 'url', 'category'].includes(name),
})
const textValue = (node: unknown) =>
  typeof node === 'object' && node !== null
    ? String((node as { '#text': unknown })['#text'])
    : String(node)

describe('the test newsroom', () => {
  it('has every node type and mark of the article schema, stored images and over 50 articles', () => {
    const nodes = new Set<string>()
    const marks = new Set<string>()
    const walk = (node: DocNode) => {
      nodes.add(node.type)
      for (const mark of node.marks ?? []) marks.add(mark.type)
      for (const child of node.content ?? []) walk(child)
    }
    for (const article of room.created) walk(article.body)
    const schema = articleSchema()
    expect([...nodes].sort()).toEqual(Object.keys(schema.nodes).sort())
    expect([...marks].sort()).toEqual(Object.keys(schema.marks).sort())
    expect(room.everyNode.featuredImage?.src).toBe(room.images[3])
    expect(room.created.length).toBeGreaterThan(PAGE_SIZE)
    expect(room.fillers.length).toBeGreaterThan(PAGE_SIZE)
    expect(site.result.articles).toBe(room.created.length + sampleArticles.length)
    expect(site.result.warnings).toEqual([])
    expect(local.result.warnings).toEqual(['no_site_address'])
  })
})

describe('a whole-site export', () => {
  it('is made of pages that pass the W3C Nu HTML Checker with zero errors (one batched run)', async () => {
    const pages = [
      ...htmlFiles(site).map((f) => join(site.dir, f)),
      ...htmlFiles(local).map((f) => join(local.dir, f)),
    ]
    expect(pages.length).toBeGreaterThan(2 * (room.created.length + sampleArticles.length))
    const started = performance.now()
    const reports = validateHtml(pages)
    console.info(
      `vnu checked ${pages.length} site pages in ${Math.round(performance.now() - started)} ms`,
    )
    const errors = pages.flatMap((page) =>
      (reports.get(page)?.errors ?? []).map((e) => `${page} line ${e.lastLine}: ${e.message}`),
    )
    expect(errors).toEqual([])
  }, 120_000)

  it.each([
    ['with', () => site],
    ['without', () => local],
  ])(
    'has a well-formed Atom feed (%s an address) whose entries link to its pages',
    async (_, get) => {
      const s = get()
      const text = await s.read('feed.xml')
      expect(XMLValidator.validate(text)).toBe(true)
      const { feed } = xml.parse(text)
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
      expect(feed.id).toBe(s.base)
      expect(textValue(feed.title)).toBe('أخبار الواحة')
      const links = Object.fromEntries(
        (feed.link as { '@_rel': string; '@_href': string }[]).map((l) => [
          l['@_rel'],
          l['@_href'],
        ]),
      )
      expect(links).toEqual({ alternate: s.base, self: `${s.base}feed.xml` })
      expect(s.has(sitePathOf(links.self as string, s.base) as string)).toBe(true)

      const entries = feed.entry as Record<string, unknown>[]
      expect(entries).toHaveLength(Math.min(FEED_ENTRIES, s.result.articles))
      const hrefs: string[] = []
      for (const entry of entries) {
        const href = (entry.link as { '@_href': string }[])[0]?.['@_href'] as string
        // Absolute, already in the form a URL parser gives back (Arabic percent-encoded).
        expect(new URL(href).href, href).toBe(href)
        expect(href.startsWith(s.base), href).toBe(true)
        const path = sitePathOf(href, s.base) as string
        expect(path, href).toMatch(/^articles\/[^/]+\.html$/)
        expect(s.has(path), href).toBe(true)
        expect(entry.id).toBe(href)
        expect(textValue(entry.title)).toBe(await headline(s, path))
        expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false)
        hrefs.push(href)
      }
      expect(new Set(hrefs).size).toBe(hrefs.length)
      // The newest articles, newest first.
      const dates = entries.map((e) => Date.parse(String(e.published)))
      expect(dates).toEqual([...dates].sort((a, b) => b - a))
      expect(hrefs[0]).toBe(`${s.base}articles/khabar-${room.fillers.length}.html`)
    },
  )

  it.each([
    ['with', () => site],
    ['without', () => local],
  ])(
    'has a well-formed sitemap (%s an address) whose every address is a page of the site',
    async (_, get) => {
      const s = get()
      const text = await s.read('sitemap.xml')
      expect(XMLValidator.validate(text)).toBe(true)
      const { urlset } = xml.parse(text)
      expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
      const urls = urlset.url as { loc: string; lastmod: string }[]
      const listed = new Set<string>()
      for (const { loc, lastmod } of urls) {
        expect(new URL(loc).href, loc).toBe(loc)
        const path = sitePathOf(loc, s.base)
        expect(path, loc).not.toBeNull()
        expect(s.has(path as string), loc).toBe(true)
        expect(path as string).toMatch(/\.html$/)
        expect(new Date(lastmod).toISOString()).toBe(lastmod)
        listed.add(path as string)
      }
      expect(listed.size, 'no address twice').toBe(urls.length)
      const tagPages = s.files.filter(
        (f) => /^tags\/[^/]+\.html$/.test(f) && f !== 'tags/index.html',
      )
      const expected = ['index.html', ...articlePages(s), ...tagPages]
      expect(expected.filter((path) => !listed.has(path))).toEqual([])
    },
  )

  it.each([
    ['with', () => site],
    ['without', () => local],
  ])(
    'links (%s an address) only to files it has, and every page is reachable from the front page',
    async (_, get) => {
      const s = get()
      const problems: string[] = []
      const links = new Map<string, string[]>()
      for (const page of htmlFiles(s)) {
        const targets: string[] = []
        for (const ref of pageRefs(await s.read(page))) {
          const label = `${page}: <${ref.element} ${ref.attribute}="${ref.value}">`
          const path = resolveSiteRef(page, ref.value)
          if (path === null) {
            // Absolute: the page's own addresses on the site's, and links written in articles.
            if (ref.value.startsWith('file:'))
              problems.push(`${label} names a file on this machine`)
            const own = sitePathOf(ref.value, s.base)
            if (own !== null && !s.has(own)) problems.push(`${label} is no page of the site`)
            continue
          }
          if (!s.has(path)) problems.push(`${label} resolves to ${path}, which is not in the site`)
          else targets.push(path)
        }
        links.set(page, targets)
      }
      // The stylesheet's fonts, relative to the stylesheet.
      const css = await s.read('assets/site.css')
      const fonts = [...css.matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1] as string)
      expect(fonts.length).toBeGreaterThanOrEqual(2)
      for (const font of fonts) {
        const path = resolveSiteRef('assets/site.css', font)
        if (path === null || !s.has(path))
          problems.push(`assets/site.css: url(${font}) is not in the site`)
      }
      expect(problems).toEqual([])

      const reached = new Set(['index.html'])
      const queue = ['index.html']
      while (queue.length) {
        for (const next of links.get(queue.pop() as string) ?? [])
          if (next.endsWith('.html') && !reached.has(next)) {
            reached.add(next)
            queue.push(next)
          }
      }
      expect(htmlFiles(s).filter((page) => !reached.has(page))).toEqual([])
    },
  )

  it('puts each article at the path its slug says; clashing slugs get distinct, stable names', async () => {
    const byTitle = await pagesByTitle(site)
    const expected: [Article, string][] = [
      [room.everyNode, 'articles/every-node.html'],
      [room.mixed, `articles/${SLUGS.arabic}.html`],
      // The older article keeps the slug; the newer one gets the first free suffix.
      [room.sameOld, `articles/${SLUGS.same}.html`],
      [room.sameNew, `articles/${SLUGS.same}-2.html`],
      // Names that differ only by case would be one file on Windows and macOS.
      [room.caseOld, `articles/${SLUGS.upper}.html`],
      [room.caseNew, `articles/${SLUGS.lower}-2.html`],
      [room.emptySlug, `articles/${room.emptySlug.id}.html`],
      ...room.fillers.map((a): [Article, string] => [a, `articles/${a.slug}.html`]),
      ...sampleArticles.map((a): [Article, string] => [a, `articles/${a.slug}.html`]),
    ]
    for (const [article, path] of expected) expect(byTitle.get(article.title), path).toBe(path)
    const pages = articlePages(site)
    expect(pages).toHaveLength(site.result.articles)
    expect(new Set(pages.map((p) => p.toLowerCase())).size).toBe(pages.length)

    // Exported again into a new folder: the same files, byte for byte.
    expect(again.files).toEqual(site.files)
    for (const path of site.files) {
      const [a, b] = await Promise.all([
        readFile(join(site.dir, path)),
        readFile(join(again.dir, path)),
      ])
      expect(sha(b), path).toBe(sha(a))
    }
  })

  it('copies the stored images its pages show, byte for byte, and shows the featured image', async () => {
    const page = 'articles/every-node.html'
    const html = await site.read(page)
    const images = elementsOf(html).filter((e) => e.name === 'img')
    expect(images).toHaveLength(4)
    const { mediaDir } = paths()
    const shown = images.map((img) => resolveSiteRef(page, img.attribs.src ?? '') as string)
    expect(shown.map((p) => `media/${p.replace('assets/images/', '')}`).sort()).toEqual(
      [...room.images].sort(),
    )
    for (const path of shown) {
      const name = path.replace('assets/images/', '')
      expect(sha(await readFile(join(site.dir, path))), path).toBe(
        sha(await readFile(join(mediaDir, name))),
      )
    }
    expect(images.every((img) => (img.attribs.alt ?? '').trim() !== '')).toBe(true)
    const og = elementsOf(html).find((e) => e.attribs.property === 'og:image')
    expect(og?.attribs.content).toBe(`${site.base}${shown[0]}`)
    // The site copies only the images its pages show.
    expect(site.files.filter((f) => f.startsWith('assets/images/')).sort()).toEqual(
      [...shown].sort(),
    )
  })

  it('lists every article on the front page and its later page, newest first, and a big tag over two pages', async () => {
    const front = await listed(site, 'index.html')
    expect(front.pages).toEqual(['index.html', 'page/2.html'])
    expect(front.articles.slice(0, PAGE_SIZE)).toHaveLength(PAGE_SIZE)
    expect([...front.articles].sort()).toEqual(articlePages(site))
    expect(front.articles[0]).toBe(`articles/khabar-${room.fillers.length}.html`)

    const byTitle = await pagesByTitle(site)
    const tagged = room.created.filter((a) => a.tags.includes(SHARED_TAG))
    expect(tagged.length).toBeGreaterThan(PAGE_SIZE)
    const tag = await listed(site, `tags/${SHARED_TAG}.html`)
    expect(tag.pages).toEqual([`tags/${SHARED_TAG}.html`, `tags/${SHARED_TAG}/2.html`])
    expect([...tag.articles].sort()).toEqual(tagged.map((a) => byTitle.get(a.title)).sort())
  })

  it('gives one tag written plain, with a tatweel or with diacritics a single page listing all its articles', async () => {
    const targets = new Set<string>()
    const byTitle = await pagesByTitle(site)
    for (const [i, article] of room.variants.entries()) {
      const page = byTitle.get(article.title) as string
      const link = elementsOf(await site.read(page)).find(
        (e) => e.name === 'a' && textOf(e) === TAG_VARIANTS[i],
      )
      expect(link, `${page} links its tag ${TAG_VARIANTS[i]}`).toBeDefined()
      targets.add(resolveSiteRef(page, link?.attribs.href ?? '') as string)
    }
    expect([...targets]).toEqual(['tags/اقتصاد.html'])
    const tag = await listed(site, 'tags/اقتصاد.html')
    expect(tag.articles.sort()).toEqual(room.variants.map((a) => byTitle.get(a.title)).sort())
    // The tag index names it once, with its count in the house digits.
    const index = elementsOf(await site.read('tags/index.html')).filter((e) => e.name === 'li')
    const plain = (s: string) => s.replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    const entries = index.filter((li) => plain(textOf(li)).startsWith('اقتصاد'))
    expect(entries.map(textOf)).toEqual(['اقتصاد (٣)'])
  })

  it('links every tag of every article to a page of that tag which lists the article', async () => {
    const problems: string[] = []
    const lists = new Map<string, string[]>()
    for (const page of articlePages(site)) {
      const elements = elementsOf(await site.read(page))
      const tagLinks = elements.filter(
        (e) => e.name === 'a' && (e.parent?.parent as Element | null)?.attribs?.class === 'tags',
      )
      for (const link of tagLinks) {
        const target = resolveSiteRef(page, link.attribs.href ?? '') as string
        if (!lists.has(target)) lists.set(target, (await listed(site, target)).articles)
        if (!lists.get(target)?.includes(page))
          problems.push(
            `${page}: the tag "${textOf(link)}" links to ${target}, which does not list it`,
          )
      }
    }
    expect(lists.size).toBeGreaterThan(10)
    expect(problems).toEqual([])
    // Among them a tag whose page name is one the site uses for itself.
    expect(room.reservedTag?.tags).toContain(RESERVED_TAG)
    expect((await pagesByTitle(site)).get(room.reservedTag?.title ?? '')).toBeDefined()
  })

  it('is Arabic and right-to-left, and keeps each paragraph in its own direction', async () => {
    for (const page of ['index.html', 'page/2.html', 'tags/index.html', `tags/${SHARED_TAG}.html`])
      expect((await site.read(page)).split('\n')[1], page).toBe('<html lang="ar" dir="rtl">')
    const page = `articles/${SLUGS.arabic}.html`
    const html = await site.read(page)
    expect(html.split('\n')[1]).toBe('<html lang="ar" dir="rtl">')
    const paragraphs = elementsOf(html).filter(
      (e) => e.name === 'p' && parentName(e) === 'div' && !e.attribs.class,
    )
    expect(paragraphs.map((p) => [p.attribs.dir, textOf(p)])).toEqual([
      ['auto', 'أعلنت شركة OpenStreetMap عن دعم أفضل للعربية في مكتبة React Native للمطورين.'],
      ['ltr', 'The ministry said the plan, known as «خطة المياه», starts in 2027.'],
      ['rtl', 'فقرة عربية صريحة الاتجاه.'],
    ])
  })

  it('of the published articles only has no draft in any page, the feed or the sitemap', async () => {
    const all = opened.articles.list()
    const unpublished = all.filter((a) => a.status !== 'published')
    expect(unpublished.length).toBeGreaterThanOrEqual(room.drafts.length + 3)
    expect(published.result.articles).toBe(all.length - unpublished.length)
    const titles = [...(await pagesByTitle(published)).keys()].sort()
    expect(titles).toEqual(
      all
        .filter((a) => a.status === 'published')
        .map((a) => a.title)
        .sort(),
    )
    // The full export does have them, so the check below can tell.
    expect(site.has(`tags/${DRAFT_TAG}.html`)).toBe(true)
    expect(published.has(`tags/${DRAFT_TAG}.html`)).toBe(false)
    const leaks: string[] = []
    for (const path of published.files.filter((f) => /\.(html|xml)$/.test(f))) {
      const text = await published.read(path)
      for (const draft of unpublished)
        if (text.includes(draft.title)) leaks.push(`${path} has "${draft.title}"`)
      if (text.includes(DRAFT_TAG)) leaks.push(`${path} has the draft's tag`)
    }
    expect(leaks).toEqual([])
    expect(published.files.filter((f) => f.startsWith('articles/'))).toHaveLength(
      published.result.articles,
    )
  })
})
