import { readdir } from 'node:fs/promises'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { value } from './fixtures/api'
import { sampleIds } from './fixtures/data-dir'
import { rawRequest } from './fixtures/raw-http'
import { createTestServers, INDEX_HTML } from './fixtures/server'

const start = createTestServers()

const externalIPv4 = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address

function tryConnect(host: string, port: number): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.setTimeout(2_000, () => resolve('timeout'))
    socket.on('connect', () => {
      socket.destroy()
      resolve('connected')
    })
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
  })
}

describe('where the server listens', () => {
  it('announces a 127.0.0.1 origin and a URL carrying the token', async () => {
    const { server } = await start()
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`)
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`${server.origin}/?token=${server.token}`)
    expect(await tryConnect('127.0.0.1', server.port)).toBe('connected')
  })

  it.skipIf(!externalIPv4)('cannot be reached on a non-loopback address', async () => {
    const { server } = await start()
    expect(await tryConnect(externalIPv4 as string, server.port)).not.toBe('connected')
  })
})

describe('the launch token', () => {
  it('is required for the page and for the API', async () => {
    const { server, api, dataDir } = await start()
    const page = await fetch(`${server.origin}/`)
    expect(page.status).toBe(401)
    expect(await page.text()).not.toContain('Midad test page')
    const list = await api('articles.list', {}, { 'Content-Type': 'application/json' })
    expect(list.status).toBe(401)
    // API callers get the API's JSON error shape, not a bare text answer.
    expect(await list.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    const create = await api(
      'articles.create',
      { title: 'x' },
      {
        'Content-Type': 'application/json',
      },
    )
    expect(create.status).toBe(401)
    expect((await readdir(join(dataDir, 'articles'))).length).toBe(sampleIds.length)
  })

  it('is traded for an HttpOnly SameSite=Strict cookie and removed from the address', async () => {
    const { server } = await start()
    const res = await fetch(`${server.origin}/?token=${server.token}`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/')
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toContain(`midad-${server.port}=${server.token}`)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Strict/i)

    const deep = await fetch(`${server.origin}/articles/x?token=${server.token}&tab=2`, {
      redirect: 'manual',
    })
    expect(deep.headers.get('location')).toBe('/articles/x?tab=2')
  })

  it('works as a Bearer header and as the cookie from the redirect', async () => {
    const { server, api } = await start()
    const bearer = await api('articles.list', {})
    expect(bearer.status).toBe(200)
    const envelope = await bearer.json()
    expect(envelope.ok).toBe(true)
    expect(envelope.value).toHaveLength(5)

    const redirect = await fetch(server.url, { redirect: 'manual' })
    const cookie = (redirect.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const withCookie = await api(
      'articles.list',
      {},
      {
        'Content-Type': 'application/json',
        Cookie: cookie,
      },
    )
    expect(withCookie.status).toBe(200)
    expect((await withCookie.json()).value).toHaveLength(5)
    const page = await fetch(`${server.origin}/`, { headers: { Cookie: cookie } })
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(INDEX_HTML)
  })

  it('refuses a wrong token in every place it can be presented', async () => {
    const { server, api } = await start()
    const wrong = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`
    const json = { 'Content-Type': 'application/json' }
    expect(
      (await api('articles.list', {}, { ...json, Authorization: `Bearer ${wrong}` })).status,
    ).toBe(401)
    const cookie = `midad-${server.port}=${wrong}`
    expect((await api('articles.list', {}, { ...json, Cookie: cookie })).status).toBe(401)
    const offered = await fetch(`${server.origin}/?token=${wrong}`, { redirect: 'manual' })
    expect(offered.status).toBe(401)
    expect(offered.headers.get('set-cookie')).toBeNull()
  })
})

describe('Host and Origin checks', () => {
  it('refuses a foreign Host header even with the right token (DNS rebinding)', async () => {
    const { server, backend } = await start()
    const auth = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }
    const evil = await rawRequest(server.port, '/api/articles.create', {
      method: 'POST',
      headers: { ...auth, Host: `evil.example:${server.port}` },
      body: JSON.stringify({ title: 'x' }),
    })
    expect(evil.status).toBe(403)
    const page = await rawRequest(server.port, `/?token=${server.token}`, {
      headers: { Host: `evil.example:${server.port}` },
    })
    expect(page.status).toBe(403)
    expect(page.headers['set-cookie']).toBeUndefined()
    expect(await value(backend, 'articles.list', {})).toHaveLength(5)

    const local = await rawRequest(server.port, '/api/articles.list', {
      method: 'POST',
      headers: { ...auth, Host: `localhost:${server.port}` },
      body: '{}',
    })
    expect(local.status).toBe(200)
  })

  it('refuses a cross-origin request even with the right token', async () => {
    const { server } = await start()
    const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }
    const call = (origin: string) =>
      rawRequest(server.port, '/api/articles.list', {
        method: 'POST',
        headers: { ...headers, Origin: origin },
        body: '{}',
      })
    expect((await call('http://evil.example')).status).toBe(403)
    expect((await call(`http://127.0.0.1:${server.port + 1}`)).status).toBe(403)
    expect((await call('null')).status).toBe(403)
    expect((await call(server.origin)).status).toBe(200)
  })
})

describe('security headers', () => {
  it('sends the Content-Security-Policy on every response, whatever its status', async () => {
    const { server, api } = await start()
    const auth = { Authorization: `Bearer ${server.token}` }
    const responses = await Promise.all([
      fetch(`${server.origin}/`),
      fetch(server.url, { redirect: 'manual' }),
      fetch(`${server.origin}/`, { headers: auth }),
      fetch(`${server.origin}/missing.js`, { headers: auth }),
      api('articles.list', {}),
      api('articles.get', { id: '../x' }),
      fetch(`${server.origin}/api/articles.list`, { method: 'POST', headers: auth, body: '{}' }),
    ])
    expect(responses.map((r) => r.status)).toEqual([401, 303, 200, 404, 200, 400, 415])
    for (const res of responses) {
      expect(res.headers.get('content-security-policy'), res.url).toContain("script-src 'self'")
    }
    const forbidden = await rawRequest(server.port, '/', { headers: { Host: 'evil.example' } })
    expect(forbidden.status).toBe(403)
    expect(forbidden.headers['content-security-policy']).toContain("script-src 'self'")
  })
})
