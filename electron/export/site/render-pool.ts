import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ApiError, type ApiErrorCode } from '../../../shared/api/errors'
import type { Article } from '../../../shared/articles/article-schema'
import { contentHash, renderSiteArticle } from './site-article'
import type { SiteContext } from './site-document'
import type { SiteArticle } from './site-manifest'

/** An article page ready to write: its bytes and their hash, its images and its list metadata. */
export interface RenderedPage {
  bytes: Uint8Array
  hash: string
  sources: string[]
  meta: SiteArticle
}

/** What a rendering thread is started with. */
export interface RenderSetup {
  context: SiteContext
  /** The names of the stored images, so a page leaves out the ones that are missing. */
  media: string[]
}

/** A rendering thread's answer to one article. */
export type RenderReply =
  | { seq: number; ok: true; page: RenderedPage }
  | { seq: number; ok: false; code: ApiErrorCode; message: string }

/** Renders article pages for a site export, on this thread or on worker threads. */
export interface SiteRenderer {
  /** How many articles are worth having in flight at once. */
  readonly concurrency: number
  render(article: Article, path: string): Promise<RenderedPage>
  close(): Promise<void>
}

/** Fewer pages than this are rendered on the main thread: a worker takes longer to start. */
const WORKER_THRESHOLD = 200

/** One article's page, rendered, encoded once and hashed. */
export function renderPage(
  article: Article,
  path: string,
  context: SiteContext,
  media: ReadonlySet<string>,
): RenderedPage {
  const page = renderSiteArticle(article, path, context, (src) =>
    media.has(src.slice('media/'.length)),
  )
  const bytes = Buffer.from(page.html)
  return { bytes, hash: contentHash(bytes), sources: page.sources, meta: page.meta }
}

function inlineRenderer(setup: RenderSetup): SiteRenderer {
  const media = new Set(setup.media)
  return {
    concurrency: 4,
    render: async (article, path) => renderPage(article, path, setup.context, media),
    close: async () => undefined,
  }
}

/**
 * The worker threads' script, beside the running bundle (`dist/node/`, `dist/electron/`); absent
 * when Midad runs from its TypeScript sources (the unit tests), which render inline.
 */
function workerScript(): URL | null {
  const url = new URL('./site-render-worker.mjs', import.meta.url)
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null
}

function workerRenderer(script: URL, setup: RenderSetup, threads: number): SiteRenderer {
  const pending = new Map<
    number,
    { resolve: (page: RenderedPage) => void; reject: (e: Error) => void }
  >()
  let seq = 0
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(script, { workerData: setup })
    worker.on('message', (reply: RenderReply) => {
      const waiting = pending.get(reply.seq)
      pending.delete(reply.seq)
      if (!waiting) return
      if (reply.ok) waiting.resolve({ ...reply.page, bytes: Buffer.from(reply.page.bytes.buffer) })
      else waiting.reject(new ApiError(reply.code, reply.message))
    })
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
    })
    return worker
  })
  return {
    concurrency: 4 + 4 * threads,
    render: (article, path) =>
      new Promise((resolve, reject) => {
        const id = seq++
        pending.set(id, { resolve, reject })
        ;(workers[id % workers.length] as Worker).postMessage({ seq: id, article, path })
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

/**
 * How a site export renders `count` article pages: on worker threads (one fewer than the cores,
 * at most three) when there are enough of them and the machine has a core to spare, else inline.
 * Rendering is most of an export's work, and it is pure, so a second core halves it.
 */
export function siteRenderer(setup: RenderSetup, count: number): SiteRenderer {
  const threads = Math.min(3, availableParallelism() - 1)
  const script = count >= WORKER_THRESHOLD && threads >= 1 ? workerScript() : null
  return script ? workerRenderer(script, setup, threads) : inlineRenderer(setup)
}
