import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/api/dispatch'
import { mediaHandlers } from '../../electron/media/media-handlers'
import { dataLayout } from '../../electron/store/data-layout'
import { MAX_IMAGE_BYTES } from '../../shared/media/media-limits'
import { avif, gif, html, jpeg, png, svg, webp } from '../support/test-images'
import { failure, openBackend, value } from './fixtures/api'
import { createTempDirs, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

const b64 = (bytes: Buffer) => bytes.toString('base64')
const sha256Name = /^media\/[0-9a-f]{64}\.(png|jpg|gif|webp|avif)$/

async function fresh() {
  const dataDir = await tempDir('midad-media-')
  const backend = await openBackend(dataDir)
  return { dataDir, backend, mediaDir: join(dataDir, 'media') }
}

describe('media.add stores images by content hash', () => {
  it.each([
    ['PNG', png(4, 3), 'png', 'image/png', 4, 3],
    ['JPEG', jpeg(3, 2), 'jpg', 'image/jpeg', 3, 2],
    ['GIF', gif(), 'gif', 'image/gif', 1, 1],
    ['WebP', webp(5, 4), 'webp', 'image/webp', 5, 4],
    ['AVIF', avif(6, 7), 'avif', 'image/avif', 6, 7],
  ] as const)(
    'accepts a %s image, sniffed from its bytes',
    async (_, bytes, ext, type, width, height) => {
      const { backend, dataDir } = await fresh()
      // The name lies about the type on purpose: only the bytes decide.
      const stored = await value(backend, 'media.add', {
        fileName: 'photo.bin',
        dataBase64: b64(bytes),
      })
      expect(stored).toEqual({
        src: expect.stringMatching(sha256Name),
        type,
        bytes: bytes.length,
        width,
        height,
      })
      expect(stored.src.endsWith(`.${ext}`)).toBe(true)
      expect(await readFile(join(dataDir, stored.src))).toEqual(bytes)
    },
  )

  it('stores the same bytes once: the same src, one file, not rewritten', async () => {
    const { backend, mediaDir } = await fresh()
    const first = await value(backend, 'media.add', { fileName: 'a.png', dataBase64: b64(png()) })
    const file = join(mediaDir, first.src.slice('media/'.length))
    const before = await stat(file)
    const again = await value(backend, 'media.add', {
      fileName: 'نسخة.png',
      dataBase64: b64(png()),
    })
    expect(again.src).toBe(first.src)
    expect(await readdir(mediaDir)).toEqual([first.src.slice('media/'.length)])
    const after = await stat(file)
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    const other = await value(backend, 'media.add', {
      fileName: 'b.png',
      dataBase64: b64(png(4, 3, 1)),
    })
    expect(other.src).not.toBe(first.src)
    expect((await readdir(mediaDir)).sort()).toHaveLength(2)
  })
})

describe('media.add refuses what is not a usable image, and writes nothing', () => {
  const bigBase64 = 'A'.repeat(Math.ceil(((MAX_IMAGE_BYTES + 1_300_000) * 4) / 3 / 4) * 4)
  it.each([
    [
      'an SVG (it can carry script)',
      'logo.svg',
      b64(svg()),
      'svg',
      /^SVG images are not accepted: they can carry scripts\. Export it as PNG\.$/,
    ],
    ['an SVG renamed .png', 'photo.png', b64(svg()), 'svg', /SVG images are not accepted/],
    [
      'an HTML page renamed .png',
      'photo.png',
      b64(html()),
      'not_image',
      /^This file is not an image Midad can use \(PNG, JPEG, GIF, WebP or AVIF\)\.$/,
    ],
    [
      'a text file',
      'notes.txt',
      b64(Buffer.from('مرحبا، هذا نص وليس صورة\n')),
      'not_image',
      /not an image Midad can use/,
    ],
    ['an empty file', 'empty.png', '', 'not_image', /not an image Midad can use/],
    [
      'a PNG signature with nothing after it',
      'cut.png',
      b64(png().subarray(0, 12)),
      'not_image',
      /not an image Midad can use/,
    ],
    [
      'an image over 6 MB',
      'huge.jpg',
      bigBase64,
      'too_large',
      /^The image is 7\.3 MB; the limit is 6 MB\.$/,
    ],
    [
      'an image wider than 16,384 pixels',
      'wide.png',
      b64(png(20_000, 1)),
      'too_many_pixels',
      /20000 × 1 pixels; the limit is 16384 pixels a side/,
    ],
  ])('refuses %s with a clear message', async (_, fileName, dataBase64, reason, message) => {
    const { backend, dataDir } = await fresh()
    const before = await snapshotDir(dataDir)
    const error = await failure(backend, 'media.add', { fileName, dataBase64 })
    expect(error.code).toBe('invalid_argument')
    expect(error.message).toMatch(message)
    expect(error.details).toMatchObject({ reason, fileName })
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('refuses malformed arguments before reading them', async () => {
    const { backend, dataDir } = await fresh()
    const before = await snapshotDir(dataDir)
    for (const args of [
      {},
      { fileName: 'a.png' },
      { fileName: '', dataBase64: b64(png()) },
      { fileName: 'x'.repeat(256), dataBase64: b64(png()) },
      { fileName: 'a.png', dataBase64: 'not base64!' },
      { fileName: 'a.png', dataBase64: b64(png()), src: 'media/x.png' },
    ]) {
      const error = await failure(backend, 'media.add', args)
      expect(error.code, JSON.stringify(args).slice(0, 80)).toBe('invalid_argument')
    }
    expect(await snapshotDir(dataDir)).toEqual(before)
  })

  it('refuses to store while another Midad holds the data directory', async () => {
    // (The lock itself is tested with a second process in data-dir-lock.test.ts; this is what
    // the media domain does with the read-only state it is given.)
    const { dataDir } = await fresh()
    const readOnly = { reason: 'This data directory is open in another Midad.' }
    const handlers = mediaHandlers({ layout: dataLayout(dataDir), readOnly })
    const before = await snapshotDir(dataDir)
    const envelope = await dispatch({ ...(await openBackend(dataDir)), ...handlers }, 'media.add', {
      fileName: 'a.png',
      dataBase64: b64(png()),
    })
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'read_only', message: readOnly.reason },
    })
    expect(await snapshotDir(dataDir)).toEqual(before)
  })
})
