import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appProtocolResponse } from '../../electron/main/app-protocol'
import { png, svg } from '../support/test-images'
import { value } from './fixtures/api'
import { createTempDirs } from './fixtures/data-dir'
import { rawRequest } from './fixtures/raw-http'
import { createTestServers, INDEX_HTML } from './fixtures/server'

const start = createTestServers()
const tempDir = createTempDirs()

describe('browser mode serves stored images under /media/', () => {
  it('with the token only, as the stored bytes, typed, nosniff and cached for good', async () => {
    const { server, backend } = await start()
    const bytes = png(6, 5, 3)
    const { src } = await value(backend, 'media.add', {
      fileName: 'x.png',
      dataBase64: bytes.toString('base64'),
    })
    const auth = { Authorization: `Bearer ${server.token}` }

    const anonymous = await fetch(`${server.origin}/${src}`)
    expect(anonymous.status).toBe(401)
    expect(Buffer.from(await anonymous.arrayBuffer()).includes(bytes)).toBe(false)

    const res = await fetch(`${server.origin}/${src}`, { headers: auth })
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toContain('immutable')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")

    const head = await fetch(`${server.origin}/${src}`, { method: 'HEAD', headers: auth })
    expect(head.status).toBe(200)
    const post = await fetch(`${server.origin}/${src}`, { method: 'POST', headers: auth })
    expect(post.status).toBe(405)
  })

  it('answers 404 to any other name, and never serves a file from elsewhere', async () => {
    const { server, dataDir } = await start()
    // Files a bad name could reach if it were joined to a path as it is.
    await mkdir(join(dataDir, 'media'), { recursive: true })
    await writeFile(join(dataDir, 'media', 'notes.txt'), 'secret')
    const hash = 'a'.repeat(64)
    await writeFile(join(dataDir, 'media', `${hash}.svg`), svg())
    const headers = { Authorization: `Bearer ${server.token}`, Host: `127.0.0.1:${server.port}` }
    for (const path of [
      `/media/${hash}.png`, // a valid name with no file
      `/media/${hash}.svg`,
      '/media/notes.txt',
      '/media/../midad.json',
      '/media/%2e%2e/midad.json',
      '/media/..%2fmidad.json',
      `/media/${hash.toUpperCase()}.png`,
      `/media/${hash}.png/x`,
      `/media/${hash}.PNG`,
      '/media/',
      `/media//${hash}.png`,
    ]) {
      const res = await rawRequest(server.port, path, { headers })
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('secret')
      expect(res.body, path).not.toContain('<script>')
    }
  })
})

describe('the Electron app:// protocol serves stored images too', () => {
  it('reads app://midad/media/<hash>.<ext> from the media folder, and nothing else there', async () => {
    const root = await tempDir('midad-protocol-')
    const rendererDir = join(root, 'renderer')
    const mediaDir = join(root, 'data', 'media')
    await mkdir(rendererDir, { recursive: true })
    await mkdir(mediaDir, { recursive: true })
    await writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
    const name = `${'b'.repeat(64)}.png`
    await writeFile(join(mediaDir, name), png())
    await writeFile(join(mediaDir, 'other.txt'), 'secret')

    const image = await appProtocolResponse(rendererDir, `app://midad/media/${name}`, mediaDir)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(image.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png())

    for (const url of [
      'app://midad/media/other.txt',
      `app://midad/media/${'c'.repeat(64)}.png`,
      `app://other/media/${name}`,
    ]) {
      const res = await appProtocolResponse(rendererDir, url, mediaDir)
      expect(res.status, url).toBe(404)
    }
    // Without a media folder (none given), images are simply not found.
    expect((await appProtocolResponse(rendererDir, `app://midad/media/${name}`)).status).toBe(404)
    // The renderer is still served as before.
    const page = await appProtocolResponse(rendererDir, 'app://midad/index.html', mediaDir)
    expect(await page.text()).toBe(INDEX_HTML)
  })
})
