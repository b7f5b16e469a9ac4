import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiError } from '../../shared/api/errors'
import { type Backend, dispatch } from '../api/dispatch'
import { PREVIEW_HEADERS, previewId, previewPage } from '../export/preview-page'
import { isMediaPath, MEDIA_CACHE_CONTROL, readMediaFile } from '../media/media-files'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { dataLayout } from '../store/data-layout'
import { checkOrigin, checkRequest, cookieName, sameToken } from './request-guard'
import { readStaticFile } from './static-files'

/** Largest request body accepted (an article of a few hundred thousand words fits). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024

export interface ServeOptions {
  backend: Backend
  /** The built renderer to serve. */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** Fixed token for tests; by default a fresh random one per launch. */
  token?: string
  /**
   * The images served under `/media/`; by default the `media/` folder of the data directory the
   * backend reports (`store.status`), so a caller that opened a backend need not say it twice.
   */
  mediaDir?: string
}

export interface RunningServer {
  /** The address to open, carrying the launch token. */
  url: string
  origin: string
  port: number
  token: string
  close(): Promise<void>
}

const STATUS_OF: Record<string, number> = {
  invalid_argument: 400,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  invalid_data: 500,
  internal: 500,
}

function baseHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

/** The media folder to serve: the one given, or the backend's own data directory's. */
async function resolveMediaDir(options: ServeOptions): Promise<string> {
  if (options.mediaDir) return options.mediaDir
  const status = await options.backend['store.status']({})
  return dataLayout(status.dataDir).mediaDir
}

/** Answers `GET /media/<sha256>.<ext>`: a stored image, or 404 for any other name. */
async function serveMedia(
  mediaDir: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const file = await readMediaFile(mediaDir, pathname)
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.')
    return
  }
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': file.body.length,
    'Cache-Control': MEDIA_CACHE_CONTROL,
  })
  res.end(req.method === 'HEAD' ? undefined : file.body)
}

function readBody(req: IncomingMessage): Promise<string> {
  const tooLarge = () =>
    new ApiError('invalid_argument', `The request body is larger than ${MAX_BODY_BYTES} bytes.`)
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      reject(tooLarge())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk)
        return
      }
      // Stop buffering but keep draining the upload, so the 413 reaches the client.
      req.off('data', onData)
      req.resume()
      reject(tooLarge())
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function handleApi(
  backend: Backend,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST')
    return sendJson(res, 405, {
      ok: false,
      error: { code: 'invalid_argument', message: 'Use POST.' },
    })
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, {
      ok: false,
      error: { code: 'invalid_argument', message: 'Send application/json.' },
    })
  }
  let args: unknown
  try {
    const text = await readBody(req)
    args = text ? JSON.parse(text) : {}
  } catch (error) {
    const tooLarge = error instanceof ApiError
    const message = error instanceof Error ? error.message : 'Unreadable body.'
    return sendJson(res, tooLarge ? 413 : 400, {
      ok: false,
      error: { code: 'invalid_argument', message },
    })
  }
  const envelope = await dispatch(backend, name, args)
  sendJson(res, envelope.ok ? 200 : (STATUS_OF[envelope.error.code] ?? 500), envelope)
}

/**
 * Browser mode: the API contract over HTTP on 127.0.0.1, plus the built renderer. Every request
 * must carry the launch token (opening `url` once stores it in an HttpOnly, SameSite=Strict
 * cookie); Host and Origin are checked and bodies are capped.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const mediaDir = await resolveMediaDir(options)
  let port = 0
  const server: Server = createServer((req, res) => {
    baseHeaders(res)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const offered = url.searchParams.get('token')
    if (
      req.method === 'GET' &&
      offered !== null &&
      sameToken(offered, token) &&
      checkOrigin(req, port) === null
    ) {
      // Trade the token in the address for a cookie, and drop it from the address bar.
      url.searchParams.delete('token')
      res.writeHead(303, {
        'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
        'Cache-Control': 'no-store',
      })
      res.end()
      return
    }
    const refusal = checkRequest(req, port, token)
    if (refusal) {
      // API callers get the same JSON error shape as every other API answer.
      if (url.pathname.startsWith('/api/')) {
        const error = { code: 'unauthorized', message: refusal.reason }
        sendJson(res, refusal.status, { ok: false, error })
        return
      }
      res.writeHead(refusal.status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      res.end(refusal.reason)
      return
    }
    if (url.pathname.startsWith('/api/')) {
      handleApi(options.backend, url.pathname.slice('/api/'.length), req, res).catch(
        (error: unknown) =>
          sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } }),
      )
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    const preview = previewId(url.pathname)
    if (preview) {
      previewPage(options.backend, preview).then((html) => {
        if (html === null) res.writeHead(404).end()
        else res.writeHead(200, PREVIEW_HEADERS).end(req.method === 'HEAD' ? undefined : html)
      })
      return
    }
    if (isMediaPath(url.pathname)) {
      serveMedia(mediaDir, url.pathname, req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
      return
    }
    readStaticFile(options.rendererDir, url.pathname).then((file) => {
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.')
        return
      }
      res.writeHead(200, {
        'Content-Type': file.type,
        'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
      })
      res.end(req.method === 'HEAD' ? undefined : file.body)
    })
  })
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
