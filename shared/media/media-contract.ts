import { z } from 'zod'
import { method } from '../api/define'
import { MAX_IMAGE_BYTES } from './media-limits'
import { MediaSrc } from './media-src'

/**
 * The longest base64 text `media.add` takes. Larger than the image limit on purpose: a file over
 * the limit (but under this) gets the handler's clear "the image is 9.3 MB; the limit is 6 MB"
 * rather than a schema error; anything longer is no image at all.
 */
const MAX_BASE64_LENGTH = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) * 2

/** What `media.add` answers: where the stored image is, and what it is. */
export const StoredImage = z.object({
  src: MediaSrc,
  /** The sniffed Content-Type (never the one the file claimed). */
  type: z.string(),
  bytes: z.number().int().min(1),
  width: z.number().int().min(1).optional(),
  height: z.number().int().min(1).optional(),
})
export type StoredImage = z.infer<typeof StoredImage>

/** The media domain: images stored in the data directory for articles to use. */
export const mediaContract = {
  /**
   * Stores an image in `media/`, named by the SHA-256 of its bytes (the same image is stored
   * once), and returns its `src` for a figure or a featured image. The type is sniffed from the
   * bytes; the file name is used in no path and decides nothing. A refusal (too large, not an
   * image, SVG) is an `invalid_argument` error with a clear message and `details.reason`.
   */
  'media.add': method(
    z
      .object({
        fileName: z.string().min(1).max(255),
        dataBase64: z.base64().max(MAX_BASE64_LENGTH),
      })
      .strict(),
    StoredImage,
  ),
} as const
