/**
 * The largest image accepted, in bytes (decimal megabytes, as people read file sizes). Its base64
 * form (8,000,000 characters) still fits the browser-mode server's 8 MiB body cap with room for
 * the rest of the request, so the same limit holds over HTTP and over IPC.
 */
export const MAX_IMAGE_BYTES = 6_000_000

/**
 * The largest width or height accepted. A small file can declare a huge canvas (a "decompression
 * bomb") that would exhaust memory when the editor or a reader's browser decodes it.
 */
export const MAX_IMAGE_SIDE = 16_384

/** Bytes as (decimal) megabytes with one decimal. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 100_000) / 10
}

/** The size to state for an image refused as too large: never one that reads as within the limit. */
export function refusedMegabytes(bytes: number): number {
  return Math.max(megabytes(bytes), megabytes(MAX_IMAGE_BYTES) + 0.1)
}

/** The size a base64 text decodes to, computed from its length alone (before decoding). */
export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.max(0, Math.floor((base64.length * 3) / 4) - padding)
}

/** Why an image was refused; sent in the error's details so the UI can say it in its language. */
export type ImageRefusal = 'too_large' | 'not_image' | 'svg' | 'too_many_pixels'

/** The English message for a refusal (the API's message; the UI words it in its own language). */
export function refusalMessage(
  reason: ImageRefusal,
  facts: { bytes?: number; width?: number; height?: number } = {},
): string {
  switch (reason) {
    case 'too_large':
      return `The image is ${refusedMegabytes(facts.bytes ?? 0)} MB; the limit is ${megabytes(MAX_IMAGE_BYTES)} MB.`
    case 'svg':
      return 'SVG images are not accepted: they can carry scripts. Export it as PNG.'
    case 'too_many_pixels':
      return `The image is ${facts.width} × ${facts.height} pixels; the limit is ${MAX_IMAGE_SIDE} pixels a side.`
    case 'not_image':
      return 'This file is not an image Midad can use (PNG, JPEG, GIF, WebP or AVIF).'
  }
}
