import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MediaSrc } from '../../shared/media/media-src'

/** Largest image embedded into an exported page; a bigger one is left out, not bloating it. */
export const MAX_EMBEDDED_IMAGE_BYTES = 20 * 1024 * 1024

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
}

/**
 * Reads the images a page uses from the data directory's media folder and returns them as data:
 * URIs, so the exported page is one self-contained file that makes no request when opened (an
 * `<img src="data:…">` is inert; data: stays refused for links). An image that is missing or too
 * large is left out.
 */
export async function embeddedImages(
  mediaDir: string,
  sources: readonly string[],
): Promise<Map<string, string>> {
  const images = new Map<string, string>()
  for (const src of sources) {
    const checked = MediaSrc.safeParse(src)
    if (!checked.success) continue
    const [hash, ext] = checked.data.slice('media/'.length).split('.') as [string, string]
    const bytes = await readFile(join(mediaDir, `${hash}.${ext}`)).catch(() => null)
    if (!bytes || bytes.length > MAX_EMBEDDED_IMAGE_BYTES) continue
    images.set(src, `data:${MIME[ext]};base64,${bytes.toString('base64')}`)
  }
  return images
}
