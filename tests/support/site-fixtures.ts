import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, posix, relative, sep } from 'node:path'
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract'
import type { Article, ArticleFields } from '../../shared/articles/article-schema'
import type { DocNode } from '../../shared/articles/doc-schema'
import type { SiteJob } from '../../shared/export/site-contract'
import { everyNodeFields } from './export-fixtures'
import { elementsOf } from './exported-markup'
import { gif, jpeg, png } from './test-images'

/**
 * Calls one API method and returns its value, failing on an error: the validating dispatcher in
 * unit tests, the running server's HTTP API in end-to-end tests.
 */
export type ApiCaller = <M extends MethodName>(name: M, args: ArgsOf<M>) => Promise<ResultOf<M>>

/** The tag most articles of the test newsroom share, enough of them for a second tag page. */
export const SHARED_TAG = 'منوعات'

/** One tag written three ways: plain, with a tatweel, with diacritics. One tag page. */
export const TAG_VARIANTS = ['اقتصاد', 'اقتـصاد', 'اِقْتِصَاد'] as const

/**
 * A tag whose page would be named like the tag index (`tags/index.html`): it must still get a page
 * of its own listing its articles.
 */
export const RESERVED_TAG = 'Index'

/** The tag only a draft carries: a published-only site must not have its page. */
export const DRAFT_TAG = 'وسم-المسودة'

/** The slugs the newsroom is built to exercise. */
export const SLUGS = {
  arabic: 'اتجاهات-مختلطة',
  /** Two articles with exactly this slug. */
  same: 'خبر-عاجل',
  /** Two articles whose slugs differ only by case. */
  upper: 'Breaking-News',
  lower: 'breaking-news',
} as const

const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
const paragraph = (content: DocNode[], dir?: 'ltr' | 'rtl'): DocNode =>
  dir ? { type: 'paragraph', attrs: { dir }, content } : { type: 'paragraph', content }
const figure = (src: string, alt: string, credit: string, caption?: string): DocNode => ({
  type: 'figure',
  attrs: { src, alt, credit },
  ...(caption ? { content: [text(caption)] } : {}),
})

/** A short published article, one of many. */
export function fillerFields(n: number, extra: Partial<ArticleFields> = {}): ArticleFields {
  return {
    title: `خبر قصير رقم ${n}`,
    standfirst: `ملخص الخبر ${n}.`,
    excerpt: '',
    slug: `khabar-${n}`,
    byline: 'مراسل',
    tags: [SHARED_TAG],
    category: 'أخبار',
    status: 'published',
    body: { type: 'doc', content: [paragraph([text(`نص الخبر رقم ${n}.`)])] },
    ...extra,
  }
}

/** The articles of the test newsroom, by what each is there to exercise. */
export interface Newsroom {
  /** Every node and mark, three figures with stored images, a featured image. */
  everyNode: Article
  /** An Arabic paragraph with English in it, an English paragraph marked ltr; an Arabic slug. */
  mixed: Article
  /** The same slug twice: the older keeps it, the newer gets "-2". */
  sameOld: Article
  sameNew: Article
  /** Slugs differing only by case. */
  caseOld: Article
  caseNew: Article
  /** No slug: the page is named by the id. */
  emptySlug: Article
  /** One article per spelling of {@link TAG_VARIANTS}. */
  variants: Article[]
  /**
   * Tagged {@link RESERVED_TAG}, a tag whose page name is also one of the site's own pages; null
   * unless asked for.
   */
  reservedTag: Article | null
  /** Articles that are not published (besides the sample newsroom's). */
  drafts: Article[]
  /** Small published articles sharing {@link SHARED_TAG}. */
  fillers: Article[]
  /** Every article created, oldest first. */
  created: Article[]
  /** The stored images (`media/…`) the articles use. */
  images: string[]
}

/**
 * Builds the test newsroom through the API, as an editor would: images added with `media.add`,
 * articles created with `articles.create`, some then changed with `articles.save`. The articles
 * are created one after another, so their creation order (which decides who keeps a clashing
 * slug) is the order here.
 */
export async function buildNewsroom(
  call: ApiCaller,
  options: { fillers?: number; reservedTag?: boolean } = {},
): Promise<Newsroom> {
  const { fillers = 55, reservedTag: withReservedTag = false } = options
  const created: Article[] = []
  const create = async (fields: Partial<ArticleFields>) => {
    const article = await call('articles.create', fields)
    created.push(article)
    return article
  }
  const store = async (fileName: string, bytes: Buffer) =>
    (await call('media.add', { fileName, dataBase64: bytes.toString('base64') })).src
  const photo = await store('photo.png', png(8, 6, 1))
  const chart = await store('chart.jpg', jpeg(12, 8))
  const pixel = await store('pixel.gif', gif())
  const featured = await store('featured.png', png(16, 9, 7))

  const base = everyNodeFields()
  const drafted = await create({
    ...base,
    status: 'draft',
    tags: [...base.tags, SHARED_TAG],
    body: {
      type: 'doc',
      content: [
        ...(base.body.content ?? []),
        figure(photo, 'صورة من الميدان', 'تصوير: المصور', 'تعليق الصورة بالعربية'),
        figure(chart, 'رسم بياني', ''),
        {
          type: 'blockquote',
          content: [figure(pixel, 'نقطة', 'المصدر', 'صورة داخل اقتباس')],
        },
      ],
    },
  })
  // Published and given its featured image by a save, as the article settings do.
  const everyNode = await call('articles.save', {
    id: drafted.id,
    baseRevision: drafted.revision,
    changes: { status: 'published', featuredImage: { src: featured, alt: 'الصورة البارزة' } },
  })
  created[created.indexOf(drafted)] = everyNode

  const mixed = await create({
    ...fillerFields(0),
    title: 'اتجاهات مختلطة: Mixed directions',
    slug: SLUGS.arabic,
    tags: ['لغات', SHARED_TAG],
    body: {
      type: 'doc',
      content: [
        paragraph([
          text('أعلنت شركة '),
          text('OpenStreetMap', [{ type: 'bold' }]),
          text(' عن دعم أفضل للعربية في مكتبة React Native للمطورين.'),
        ]),
        paragraph(
          [
            text('The ministry said the plan, known as '),
            text('«خطة المياه»', [{ type: 'italic' }]),
            text(', starts in 2027.'),
          ],
          'ltr',
        ),
        paragraph([text('فقرة عربية صريحة الاتجاه.')], 'rtl'),
      ],
    },
  })
  const sameOld = await create({ ...fillerFields(1001), title: 'خبر عاجل أول', slug: SLUGS.same })
  const caseOld = await create({
    ...fillerFields(1002),
    title: 'Breaking news first',
    slug: SLUGS.upper,
  })
  const sameNew = await create({ ...fillerFields(1003), title: 'خبر عاجل ثانٍ', slug: SLUGS.same })
  const caseNew = await create({
    ...fillerFields(1004),
    title: 'breaking news second',
    slug: SLUGS.lower,
  })
  const emptySlug = await create({
    ...fillerFields(1005),
    title: 'مقال بلا اسم مستعار',
    slug: '',
    slugAuto: false,
  })
  const variants: Article[] = []
  for (const [i, tag] of TAG_VARIANTS.entries())
    variants.push(
      await create({
        ...fillerFields(2000 + i),
        title: `وسم مكتوب بطريقة ${i + 1}`,
        tags: [tag, SHARED_TAG],
      }),
    )
  const reservedTag = withReservedTag
    ? await create({
        ...fillerFields(2100),
        title: 'مؤشر الأسهم يرتفع',
        tags: [RESERVED_TAG, SHARED_TAG],
      })
    : null
  const drafts = [
    await create({
      ...fillerFields(3000),
      title: 'مسودة لا تُنشر',
      slug: 'draft-only',
      status: 'draft',
      tags: [DRAFT_TAG],
    }),
    await create({
      ...fillerFields(3001),
      title: 'مقال قيد المراجعة لا يُنشر',
      slug: 'in-review-only',
      status: 'in_review',
      tags: [DRAFT_TAG, SHARED_TAG],
    }),
  ]
  const small: Article[] = []
  for (let n = 1; n <= fillers; n++) small.push(await create(fillerFields(n)))
  return {
    everyNode,
    mixed,
    sameOld,
    sameNew,
    caseOld,
    caseNew,
    emptySlug,
    variants,
    reservedTag,
    drafts,
    fillers: small,
    created,
    images: [photo, chart, pixel, featured],
  }
}

/** Starts a site export job and polls it until it ends; returns the ended job. */
export async function runSiteJob(
  call: ApiCaller,
  args: ArgsOf<'export.siteStart'>,
  timeoutMs = 60_000,
): Promise<SiteJob> {
  let job = await call('export.siteStart', args)
  const deadline = Date.now() + timeoutMs
  while (job.state === 'running') {
    if (Date.now() > deadline) throw new Error(`The site export did not end in ${timeoutMs} ms.`)
    await new Promise((resolve) => setTimeout(resolve, 20))
    job = await call('export.siteJob', { jobId: job.jobId })
  }
  return job
}

/** Every file under `dir` (recursively) as a site path ("/"-separated, relative), sorted. */
export async function siteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** What tells a file rewritten from one left alone or hard-linked: its inode, mtime and size. */
export interface FileIdentity {
  ino: number
  mtimeMs: number
  size: number
}

/** Each file of the site in `dir` with its {@link FileIdentity}. */
export async function fileIdentities(dir: string): Promise<Map<string, FileIdentity>> {
  const out = new Map<string, FileIdentity>()
  for (const path of await siteFiles(dir)) {
    const info = await stat(join(dir, path))
    out.set(path, { ino: info.ino, mtimeMs: info.mtimeMs, size: info.size })
  }
  return out
}

/** The paths whose identity differs between two readings (or that only one has). */
export function changedFiles(
  before: Map<string, FileIdentity>,
  after: Map<string, FileIdentity>,
): string[] {
  const paths = new Set([...before.keys(), ...after.keys()])
  return [...paths]
    .filter((path) => {
      const a = before.get(path)
      const b = after.get(path)
      return !a || !b || a.ino !== b.ino || a.mtimeMs !== b.mtimeMs || a.size !== b.size
    })
    .sort()
}

/** Staging or old folders a site export left beside the site folder `outDir`. */
export async function exportLeftovers(outDir: string): Promise<string[]> {
  const names = await readdir(dirname(outDir)).catch(() => [] as string[])
  return names.filter((name) => name.startsWith(`.${basename(outDir)}.midad-`))
}

/** A reference from a page to something: an `href` or `src`, and the element it is on. */
export interface PageRef {
  element: string
  attribute: 'href' | 'src'
  value: string
}

/** Every `href` and `src` of a page, parsed as data. */
export function pageRefs(html: string): PageRef[] {
  const refs: PageRef[] = []
  for (const element of elementsOf(html))
    for (const attribute of ['href', 'src'] as const) {
      const value = element.attribs[attribute]
      if (value !== undefined) refs.push({ element: element.name, attribute, value })
    }
  return refs
}

/**
 * The site path a relative reference from the page at `from` points at (query and fragment
 * dropped, percent-decoded, "." and ".." resolved; a path escaping the site starts with "../"),
 * or null for an absolute URL.
 */
export function resolveSiteRef(from: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null
  const path = ref.replace(/[?#].*$/s, '')
  if (path === '') return from
  return posix.normalize(posix.join(posix.dirname(from), decodeURIComponent(path)))
}

/** The site path an absolute address on the site's `base` names, or null when it is elsewhere. */
export function sitePathOf(url: string, base: string): string | null {
  if (!url.startsWith(base)) return null
  return decodeURIComponent(url.slice(base.length).replace(/[?#].*$/s, ''))
}
