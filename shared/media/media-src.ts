import { z } from 'zod'

/** The image formats Midad stores, by the extension their stored file gets. */
export const MEDIA_EXTENSIONS = ['png', 'jpg', 'gif', 'webp', 'avif'] as const
export type MediaExtension = (typeof MEDIA_EXTENSIONS)[number]

/** The Content-Type each stored extension is served with. */
export const MEDIA_TYPES: Record<MediaExtension, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
}

/**
 * The name of a stored image inside the media folder: the SHA-256 of its bytes and the extension
 * of its sniffed type. Nothing else may name a file there, so a name can never build a path.
 */
export const MEDIA_FILE_NAME = /^[0-9a-f]{64}\.(png|jpe?g|gif|webp|avif)$/

/**
 * Where an article points at one of its images: `media/<sha256>.<ext>`, relative, so it resolves
 * against the page's own origin (`app://midad/` in Electron, the loopback server in browser mode)
 * and, in an export, against the folder the images are copied to. Every stored image source
 * (figures in the body, the featured image) must match it: no remote address, no `data:` URL.
 */
export const MediaSrc = z
  .string()
  .regex(
    /^media\/[0-9a-f]{64}\.(png|jpe?g|gif|webp|avif)$/,
    'An image source is "media/" followed by a SHA-256 file name (png, jpg, gif, webp or avif).',
  )
export type MediaSrc = z.infer<typeof MediaSrc>

/** True when `value` is a {@link MediaSrc}; for code that must not throw (HTML parsing, rendering). */
export function isMediaSrc(value: unknown): value is MediaSrc {
  return MediaSrc.safeParse(value).success
}
