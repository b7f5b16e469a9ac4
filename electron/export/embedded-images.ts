import { isMediaSrc } from '../../shared/media/media-src'
import { readMediaFile } from '../media/media-files'

/** Largest image embedded into an exported page; a bigger one is left out, not bloating it. */
export const MAX_EMBEDDED_IMAGE_BYTES = 20 * 1024 * 1024

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
    // The same reader (and name check) that serves images to the editor.
    const image = isMediaSrc(src) ? await readMediaFile(mediaDir, `/${src}`) : null
    if (!image || image.body.length > MAX_EMBEDDED_IMAGE_BYTES) continue
    images.set(src, `data:${image.type};base64,${image.body.toString('base64')}`)
  }
  return images
}
