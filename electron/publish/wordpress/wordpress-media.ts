import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { WordPressRequester } from './wordpress-request'
import { parseAnswer, WpMedia } from './wordpress-schemas'

/** An image to put in the site's media library. */
export interface MediaUpload {
  bytes: Uint8Array
  /** Only its extension is used: the file is uploaded as `<sha256>.<ext>`. */
  fileName: string
  mime: string
  /** The alternative text, set on the media item (and updated when it changed). */
  alt: string
}

/** A media item on the site: its id (for `featured_media`) and its public address. */
export interface RemoteMedia {
  id: number
  url: string
}

const MEDIA_FIELDS = 'id,source_url,slug,alt_text'

/** The file's extension, from its name or else its type ("image/png" → "png"). */
function extension(fileName: string, mime: string): string {
  const fromName = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]
  if (fromName) return fromName.toLowerCase()
  const subtype = mime.split('/')[1]?.split(/[+;]/)[0]?.toLowerCase() ?? ''
  return subtype === 'jpeg' ? 'jpg' : /^[a-z0-9]{1,8}$/.test(subtype) ? subtype : 'bin'
}

/**
 * Puts an image in the media library once: it is uploaded as `<sha256 of its bytes>.<ext>`, so
 * WordPress names the item's slug after the hash, and the next publish of the same image (a
 * republish, another article using it) finds it by that slug instead of uploading a copy. Its
 * alt text is set after the upload, and brought up to date when an item is reused.
 */
export async function ensureMedia(
  wp: WordPressRequester,
  image: MediaUpload,
): Promise<RemoteMedia> {
  const hash = createHash('sha256').update(image.bytes).digest('hex')
  const found = parseAnswer(
    z.array(WpMedia),
    await wp.request('wp/v2/media', {
      query: { slug: hash, per_page: 1, _fields: MEDIA_FIELDS },
    }),
    `the media item ${hash}`,
  )
  let media = found[0]
  if (!media) {
    const uploaded = await wp.request('wp/v2/media', {
      method: 'POST',
      body: image.bytes,
      headers: {
        'Content-Type': image.mime,
        'Content-Disposition': `attachment; filename="${hash}.${extension(image.fileName, image.mime)}"`,
      },
    })
    media = parseAnswer(WpMedia, uploaded, `the upload of ${image.fileName}`)
  }
  const alt = image.alt.trim()
  if ((media.alt_text ?? '').trim() !== alt) {
    const updated = await wp.request(`wp/v2/media/${media.id}`, {
      method: 'POST',
      json: { alt_text: alt },
    })
    media = parseAnswer(WpMedia, updated, `the media item ${media.id}`)
  }
  return { id: media.id, url: media.source_url }
}
