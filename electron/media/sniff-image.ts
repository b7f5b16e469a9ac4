import { imageSize } from 'image-size'
import type { MediaExtension } from '../../shared/media/media-src'

/** What the bytes of a file turned out to be. */
export type Sniffed =
  | { kind: 'image'; ext: MediaExtension; width: number | undefined; height: number | undefined }
  | { kind: 'svg' }
  | { kind: 'other' }

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, end))

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte)

/** AVIF is an ISO-BMFF file whose `ftyp` box names the `avif` (still) or `avis` (sequence) brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false
  const boxSize =
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)
  const end = Math.min(bytes.length, Math.max(16, boxSize))
  const brands = [ascii(bytes, 8, 12)]
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4))
  return brands.includes('avif') || brands.includes('avis')
}

/** The raster format the magic bytes announce, if any. */
function magicType(bytes: Uint8Array): MediaExtension | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg'
  const head = ascii(bytes, 0, 12)
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif'
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp'
  if (isAvif(bytes)) return 'avif'
  return null
}

/**
 * SVG is XML text: after an optional BOM, white space, an XML declaration, comments or a doctype,
 * an `<svg` element. Looked for in the first few kilobytes, case-insensitively.
 */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096))
  return /<svg[\s>/]/i.test(head) || /<!doctype\s+svg/i.test(head)
}

/**
 * Decides what a file is from its bytes alone: never from its name or a claimed type, which an
 * SVG (or an HTML page) renamed `photo.png` would lie about. A raster image must also have a
 * readable header with its dimensions, so a truncated or forged file is not an image.
 */
export function sniffImage(bytes: Uint8Array): Sniffed {
  const ext = magicType(bytes)
  if (ext === null) return looksLikeSvg(bytes) ? { kind: 'svg' } : { kind: 'other' }
  try {
    const size = imageSize(bytes)
    if (!(size.width > 0 && size.height > 0)) return { kind: 'other' }
    return { kind: 'image', ext, width: size.width, height: size.height }
  } catch {
    return { kind: 'other' }
  }
}
