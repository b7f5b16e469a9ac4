import { parentPort, workerData } from 'node:worker_threads'
import { ApiError } from '../../../shared/api/errors'
import type { Article } from '../../../shared/articles/article-schema'
import { type RenderReply, type RenderSetup, renderPage } from './render-pool'

/**
 * A site export's rendering thread: it renders article pages (pure work: an article in, bytes,
 * hash and list metadata out) while the main thread reads articles and writes files. Built to
 * `site-render-worker.mjs` beside each Node bundle (scripts/build.mjs).
 */
const setup = workerData as RenderSetup
const media = new Set(setup.media)
const port = parentPort
if (!port) throw new Error('site-render-worker runs as a worker thread.')

port.on('message', (message: { seq: number; article: Article; path: string }) => {
  let reply: RenderReply
  const transfer: ArrayBuffer[] = []
  try {
    const page = renderPage(message.article, message.path, setup.context, media)
    // A copy the size of the page, handed over rather than cloned.
    const bytes = page.bytes.buffer.slice(
      page.bytes.byteOffset,
      page.bytes.byteOffset + page.bytes.byteLength,
    ) as ArrayBuffer
    transfer.push(bytes)
    reply = { seq: message.seq, ok: true, page: { ...page, bytes: new Uint8Array(bytes) } }
  } catch (error) {
    reply = {
      seq: message.seq,
      ok: false,
      code: error instanceof ApiError ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
    }
  }
  port.postMessage(reply, transfer)
})
