import { writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '../../electron/server/http-server'
import { value } from './fixtures/api'
import { sampleIds, snapshotDir } from './fixtures/data-dir'
import { rawRequest } from './fixtures/raw-http'
import { createTestServers, INDEX_HTML } from './fixtures/server'

const start = createTestServers()

/** Streams `total` bytes of a JSON body in chunks, without a Content-Length (chunked). */
function streamBody(port: number, token: string, total: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/articles.create',
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    const chunk = Buffer.alloc(1024 * 1024, 'x')
    req.write('{"title":"')
    const pump = (sent: number): void => {
      if (sent >= total) {
        req.end('"}')
        return
      }
      if (req.destroyed) return
      req.write(chunk, () => setImmediate(() => pump(sent + chunk.length)))
    }
    pump(0)
  })
}

describe('the API over HTTP', () => {
  it('refuses a body larger than MAX_BODY_BYTES with 413 and writes nothing', async () => {
    const { api, dataDir } = await start()
    const before = await snapshotDir(dataDir)
    const res = await api('articles.create', { title: 'x'.repeat(MAX_BODY_BYTES) })
    expect(res.status).toBe(413)
    expect((await res.json()).error.code).toBe('invalid_argument')
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('answers 413 to an oversized body streamed without Content-Length', async () => {
    const { server, dataDir } = await start()
    const before = await snapshotDir(dataDir)
    const status = await streamBody(server.port, server.token, MAX_BODY_BYTES + 1024 * 1024)
    expect(status).toBe(413)
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('refuses a body that is not declared as JSON with 415', async () => {
    const { server, backend } = await start()
    const res = await fetch(`${server.origin}/api/articles.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ title: 'عبر نموذج' }),
    })
    expect(res.status).toBe(415)
    expect(await value(backend, 'articles.list', {})).toHaveLength(sampleIds.length)
  })

  it('maps errors to statuses: invalid arguments 400, stale save 409, unknown method 404', async () => {
    const { api } = await start()
    const invalid = await api('articles.get', { id: '../x' })
    expect(invalid.status).toBe(400)
    expect((await invalid.json()).error.code).toBe('invalid_argument')

    const current = (await (await api('articles.get', { id: 'sample-water' })).json()).value
    const stale = await api('articles.save', {
      id: 'sample-water',
      baseRevision: current.revision - 1,
      changes: { title: 'قديم' },
    })
    expect(stale.status).toBe(409)
    const conflict = await stale.json()
    expect(conflict.ok).toBe(false)
    expect(conflict.error.code).toBe('conflict')
    expect(conflict.error.details.currentRevision).toBe(current.revision)

    const unknown = await api('articles.drop', {})
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error.code).toBe('unknown_method')

    const missing = await api('articles.get', { id: 'no-such-article' })
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.code).toBe('not_found')
  })

  it('answers 400 to a body that is not JSON, and 405 to GET', async () => {
    const { server } = await start()
    const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }
    const url = `${server.origin}/api/articles.list`
    const broken = await fetch(url, { method: 'POST', headers, body: '{"status":' })
    expect(broken.status).toBe(400)
    expect((await broken.json()).error.code).toBe('invalid_argument')
    const get = await fetch(url, { headers })
    expect(get.status).toBe(405)
  })

  it('creates and saves an article end to end', async () => {
    const { api, backend } = await start()
    const created = (await (await api('articles.create', { title: 'من المتصفح' })).json()).value
    const saved = await api('articles.save', {
      id: created.id,
      baseRevision: created.revision,
      changes: { status: 'in_review' },
    })
    expect(saved.status).toBe(200)
    const stored = await value(backend, 'articles.get', { id: created.id })
    expect(stored).toMatchObject({ title: 'من المتصفح', status: 'in_review', revision: 2 })
  })
})

describe('static files', () => {
  it('serves index.html for the app and its routes, and 404 for missing assets', async () => {
    const { server } = await start()
    const auth = { Authorization: `Bearer ${server.token}` }
    const home = await fetch(`${server.origin}/`, { headers: auth })
    expect(home.headers.get('content-type')).toContain('text/html')
    expect(await home.text()).toBe(INDEX_HTML)
    expect(await (await fetch(`${server.origin}/articles/1`, { headers: auth })).text()).toBe(
      INDEX_HTML,
    )
    expect((await fetch(`${server.origin}/assets/nope.js`, { headers: auth })).status).toBe(404)
  })

  it('never serves a file outside the renderer folder', async () => {
    const { server, rendererDir } = await start()
    const secret = 'TOP-SECRET-CONTENT'
    await writeFile(join(dirname(rendererDir), 'secret.txt'), secret)
    const headers = { Authorization: `Bearer ${server.token}` }
    const paths = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00secret.txt',
    ]
    for (const path of paths) {
      const res = await rawRequest(server.port, path, { headers })
      expect(res.body, path).not.toContain(secret)
      expect([403, 404], path).toContain(res.status)
    }
    const passwd = await rawRequest(server.port, '/../../etc/passwd', { headers })
    expect(passwd.body).not.toMatch(/root:.*:0:0:/)
    // Extension-less paths are app routes: at most the app's own page comes back.
    if (passwd.status === 200) expect(passwd.body).toBe(INDEX_HTML)
    else expect([403, 404]).toContain(passwd.status)
  })
})
