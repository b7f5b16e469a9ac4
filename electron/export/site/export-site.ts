import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ApiError } from '../../../shared/api/errors'
import { MIDAD_VERSION } from '../../../shared/app-version'
import type {
  Article,
  ArticleStatus,
  ArticleSummary,
} from '../../../shared/articles/article-schema'
import type {
  SiteExportResult,
  SitePhase,
  SiteSelection,
  SiteWarning,
} from '../../../shared/export/site-contract'
import type { Settings } from '../../../shared/settings/settings-schema'
import { eachLimited, filesIn } from '../../store/file-tasks'
import { type SiteRenderer, siteRenderer } from './render-pool'
import { contentHash, imagePath } from './site-article'
import type { SiteContext } from './site-document'
import { MANIFEST_FILE, type SiteArticle, type SiteManifest } from './site-manifest'
import { type SiteEntry, sitePages } from './site-pages'
import { articlePaths } from './site-paths'
import { removeStaleStaging, SiteStaging } from './site-staging'
import { checkSiteTarget } from './site-target'

/** The articles a site is made from: the store, or anything that lists and reads like it. */
export interface SiteSource {
  list(status?: ArticleStatus): ArticleSummary[]
  get(id: string): Promise<Article>
}

export interface SiteExportOptions {
  articles: SiteSource
  /** The data directory, which the site must not be written into. */
  dataDir: string
  mediaDir: string
  outDir: string
  selection: SiteSelection
  settings: Pick<Settings, 'digits' | 'siteTitle' | 'siteUrl'>
  signal?: AbortSignal
  onProgress?: (progress: { phase: SitePhase; done: number; total: number }) => void
  /** Only for tests; the machine's own zone otherwise. */
  timeZone?: string
}

/** Unchanged files linked into the new site at once: each link is a short wait on the disk. */
const CARRY_CONCURRENCY = 16

/** The zone dates are written in: part of the fingerprint, so a move re-renders every date. */
const machineZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/** The site's name when none is set. */
const DEFAULT_TITLE = 'مداد'

let build: Promise<string> | undefined

/**
 * A stamp of the running build of Midad (its version and the hash of this module's file, which in
 * an installed app is the whole bundle), so that a new build renders every page again.
 */
function buildStamp(): Promise<string> {
  build ??= readFile(fileURLToPath(import.meta.url))
    .then((code) => `${MIDAD_VERSION} ${contentHash(code)}`)
    .catch(() => MIDAD_VERSION)
  return build
}

/**
 * Exports the newsroom as a static site into `outDir`, incrementally: an article whose revision
 * is the one the last export rendered (under the same build and settings) is not read again, and
 * a file whose content is unchanged is not written again. The new site is staged beside the old
 * and swapped in whole ({@link SiteStaging}); when nothing changed, nothing at all is written.
 * Files someone added to the site folder themselves (a CNAME, a robots.txt) are kept.
 */
export async function exportSite(options: SiteExportOptions): Promise<SiteExportResult> {
  const { signal, onProgress } = options
  onProgress?.({ phase: 'checking', done: 0, total: 0 })
  const target = await checkSiteTarget(options.outDir, options.dataDir)
  const { outDir } = target
  await removeStaleStaging(outDir)
  const summaries = options.articles.list(
    options.selection === 'published' ? 'published' : undefined,
  )
  const total = summaries.length
  const paths = articlePaths(summaries)
  const { siteUrl, siteTitle, digits } = options.settings
  const context: SiteContext = {
    title: siteTitle.trim() || DEFAULT_TITLE,
    base: siteUrl || null,
    digits,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }
  const base = siteUrl || `${pathToFileURL(outDir).href}/`
  const fingerprint = contentHash(
    JSON.stringify([
      await buildStamp(),
      context.title,
      base,
      digits,
      options.timeZone ?? machineZone(),
    ]),
  )
  const old = target.manifest
  const reusable = old?.fingerprint === fingerprint ? old : null
  const oldFiles = old?.files ?? {}
  // One walk of the site instead of a stat per file: what is really there now.
  const present = new Set(old ? await filesIn(outDir) : [])
  const media = new Set(await readdir(options.mediaDir).catch(() => [] as string[]))

  const staging = new SiteStaging(outDir)
  const plan = new Map<string, string>()
  const written = new Set<string>()
  const metas = new Map<string, SiteArticle>()
  let rendered = 0
  let done = 0
  /** True when the last export left this exact file, so it is carried over, not written. */
  const kept = (path: string, hash: string) => oldFiles[path] === hash && present.has(path)
  /** Puts a page in the site: written unless the last export left the same bytes there. */
  const put = async (path: string, bytes: Uint8Array, hash = contentHash(bytes)) => {
    // Two pages given one path would leave the manifest describing the wrong one.
    if (plan.has(path)) throw new Error(`Two files of the site were given one path: ${path}`)
    plan.set(path, hash)
    if (kept(path, hash)) return
    written.add(path)
    await staging.write(path, bytes)
  }

  /** The last export's metadata of an article whose page is still current, else null. */
  const current = (summary: ArticleSummary, path: string): SiteArticle | null => {
    const cached = reusable?.articles[summary.id]
    return cached &&
      cached.revision === summary.revision &&
      cached.updatedAt === summary.updatedAt &&
      cached.path === path &&
      kept(path, oldFiles[path] ?? '') &&
      cached.images.every((image) => kept(image, oldFiles[image] ?? ''))
      ? cached
      : null
  }

  const exportArticle = async (renderer: SiteRenderer, summary: ArticleSummary) => {
    signal?.throwIfAborted()
    const path = paths.get(summary.id) as string
    const article = await options.articles.get(summary.id).catch((error: unknown) => {
      // Deleted since the list was taken: the site simply does not have it.
      if (error instanceof ApiError && error.code === 'not_found') return null
      throw error
    })
    if (article) {
      const page = await renderer.render(article, path)
      await put(path, page.bytes, page.hash)
      for (const src of page.sources) {
        const image = imagePath(src)
        const name = src.slice('media/'.length)
        if (plan.has(image)) continue
        plan.set(image, name)
        if (kept(image, name)) continue
        written.add(image)
        await staging.copy(image, join(options.mediaDir, name))
      }
      metas.set(summary.id, page.meta)
      rendered++
    }
    onProgress?.({ phase: 'articles', done: ++done, total })
  }

  /**
   * When every article is the one the last export rendered (none new, changed or gone) under the
   * same fingerprint, the list pages, feed, sitemap and assets are the last export's too: they
   * are kept as they are (if all still there) instead of being made again to find that out.
   */
  const keepPages = () => {
    if (!reusable || rendered > 0 || metas.size !== Object.keys(reusable.articles).length)
      return false
    const pages = Object.keys(oldFiles).filter((path) => !plan.has(path))
    if (!pages.every((path) => present.has(path))) return false
    for (const path of pages) plan.set(path, oldFiles[path] as string)
    return true
  }

  // Articles whose page is current are taken as they are; only the others are read and rendered.
  const changed: ArticleSummary[] = []
  for (const summary of summaries) {
    const path = paths.get(summary.id) as string
    const cached = current(summary, path)
    if (!cached) {
      changed.push(summary)
      continue
    }
    metas.set(summary.id, cached)
    plan.set(path, oldFiles[path] as string)
    for (const image of cached.images) plan.set(image, oldFiles[image] as string)
    done++
  }

  const renderer = siteRenderer({ context, media: [...media] }, changed.length)
  try {
    onProgress?.({ phase: 'articles', done, total })
    await eachLimited(changed, renderer.concurrency, (summary) => exportArticle(renderer, summary))
    await renderer.close()
    signal?.throwIfAborted()
    onProgress?.({ phase: 'pages', done, total })
    if (!keepPages()) {
      const entries: SiteEntry[] = [...metas]
        .map(([id, meta]) => ({ ...meta, id }))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : 1))
      // Encoded once, for the hash and the write.
      for (const file of sitePages(context, base, entries))
        await put(file.path, typeof file.data === 'string' ? Buffer.from(file.data) : file.data)
    }
    signal?.throwIfAborted()

    const manifest: SiteManifest = {
      format: 1,
      fingerprint,
      files: Object.fromEntries([...plan].sort(([a], [b]) => (a < b ? -1 : 1))),
      articles: Object.fromEntries([...metas].sort(([a], [b]) => (a < b ? -1 : 1))),
    }
    const removed = Object.keys(oldFiles).filter((path) => !plan.has(path)).length
    const manifestText = JSON.stringify(manifest)
    const upToDate =
      written.size === 0 && removed === 0 && old !== null && JSON.stringify(old) === manifestText
    const warnings: SiteWarning[] = siteUrl ? [] : ['no_site_address']
    const result = (counts: { written: number; unchanged: number }) => ({
      outDir,
      articles: metas.size,
      rendered,
      removed: upToDate ? 0 : removed,
      upToDate,
      warnings,
      ...counts,
    })
    if (upToDate) return result({ written: 0, unchanged: plan.size })

    onProgress?.({ phase: 'finishing', done, total })
    await staging.write(MANIFEST_FILE, manifestText)
    // Files someone put in the site themselves are carried over too; without a manifest there is
    // no telling Midad's old files from someone else's, and `present` is empty.
    const ours = [...plan.keys()].filter((path) => !written.has(path))
    const theirs = [...present].filter(
      (path) => path !== MANIFEST_FILE && !plan.has(path) && !(path in oldFiles),
    )
    await eachLimited([...ours, ...theirs], CARRY_CONCURRENCY, (path) => staging.carry(path))
    await staging.commit()
    return result({ written: written.size, unchanged: plan.size - written.size })
  } finally {
    await renderer.close()
    await staging.discard()
  }
}
