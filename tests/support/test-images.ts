import { crc32, deflateSync } from 'node:zlib'

/**
 * Small, valid image files made in code for the tests (no binary fixtures): real enough for the
 * magic-byte sniffer and image-size to read their dimensions, and the PNG for Chromium to draw.
 */

const u32be = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
const u32le = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}
const u24le = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff])
const u16be = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff])

function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  return Buffer.concat([u32be(data.length), typed, u32be(crc32(typed))])
}

/**
 * An RGB PNG of `width` × `height` in one colour; `seed` changes the colour, so two calls with
 * different seeds give different bytes (and hashes).
 */
export function png(width = 4, height = 3, seed = 0): Buffer {
  const header = Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 2, 0, 0, 0])])
  const row = Buffer.alloc(1 + width * 3)
  for (let x = 0; x < width; x++) row.set([(seed * 53) & 0xff, 120, 200 - (seed & 0x7f)], 1 + x * 3)
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A 1 × 1 GIF89a (the classic transparent pixel). */
export const gif = (): Buffer =>
  Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** A JPEG header (JFIF APP0 and a baseline SOF0 frame) declaring `width` × `height`. */
export function jpeg(width = 3, height = 2): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]),
    Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08]),
    u16be(height),
    u16be(width),
    Buffer.from([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]),
    Buffer.from([0xff, 0xd9]),
  ])
}

/** A WebP file with an extended (VP8X) header declaring `width` × `height`. */
export function webp(width = 5, height = 4): Buffer {
  const vp8x = Buffer.concat([
    Buffer.from('VP8X', 'latin1'),
    u32le(10),
    Buffer.from([0, 0, 0, 0]),
    u24le(width - 1),
    u24le(height - 1),
  ])
  return Buffer.concat([
    Buffer.from('RIFF', 'latin1'),
    u32le(4 + vp8x.length),
    Buffer.from('WEBP', 'latin1'),
    vp8x,
  ])
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts)
  return Buffer.concat([u32be(8 + body.length), Buffer.from(type, 'latin1'), body])
}

/** An AVIF container (ftyp, and meta/iprp/ipco/ispe with the size) declaring `width` × `height`. */
export function avif(width = 6, height = 7): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.from('avif', 'latin1'),
    u32be(0),
    Buffer.from('avifmif1', 'latin1'),
  )
  const ispe = box('ispe', u32be(0), u32be(width), u32be(height))
  const meta = box('meta', u32be(0), box('iprp', box('ipco', ispe)))
  return Buffer.concat([ftyp, meta])
}

/** An SVG that runs a script when opened: what must never be stored. */
export const svg = (): Buffer =>
  Buffer.from(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
  )

/** An HTML page, as if renamed photo.png. */
export const html = (): Buffer =>
  Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
