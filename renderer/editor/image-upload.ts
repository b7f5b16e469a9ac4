import { ApiError } from '../../shared/api/errors'
import type { StoredImage } from '../../shared/media/media-contract'
import {
  MAX_IMAGE_BYTES,
  MAX_IMAGE_SIDE,
  megabytes,
  refusalMessage,
  refusedMegabytes,
} from '../../shared/media/media-limits'
import { send } from '../api/send'
import type { I18n } from '../i18n/i18n'

/** What the file picker offers; anything else picked or dropped is still checked by the backend. */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,image/avif'

/** A file's bytes as base64 (the API carries JSON), read without blocking the page. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.readAsDataURL(file)
  })
}

/**
 * Stores an image file through `media.add`. A file over the limit is refused here, before it is
 * read, with the backend's own words: sending it would only hit the server's body cap and come
 * back as a less helpful error.
 */
export async function uploadImage(file: File): Promise<StoredImage> {
  if (file.size > MAX_IMAGE_BYTES) {
    throw new ApiError('invalid_argument', refusalMessage('too_large', { bytes: file.size }), {
      reason: 'too_large',
      bytes: file.size,
    })
  }
  const fileName = (file.name || 'image').slice(0, 255)
  return send('media.add', { fileName, dataBase64: await readBase64(file) })
}

/** Why an image was not added, in the UI's language when the backend said why (`details.reason`). */
export function imageErrorMessage(error: unknown, { t }: Pick<I18n, 't'>): string {
  if (error instanceof ApiError) {
    const d = error.details ?? {}
    switch (d.reason) {
      case 'too_large':
        return t('imageTooLarge', {
          size: refusedMegabytes(Number(d.bytes)),
          limit: megabytes(MAX_IMAGE_BYTES),
        })
      case 'svg':
        return t('imageSvg')
      case 'not_image':
        return t('imageNotImage')
      case 'too_many_pixels':
        return t('imageTooManyPixels', {
          width: Number(d.width),
          height: Number(d.height),
          limit: MAX_IMAGE_SIDE,
        })
    }
  }
  return t('imageFailed', { message: (error as Error).message })
}
