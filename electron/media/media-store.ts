import { createHash } from 'node:crypto'
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../../shared/api/errors'
import type { StoredImage } from '../../shared/media/media-contract'
import {
  decodedLength,
  type ImageRefusal,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_SIDE,
  refusalMessage,
} from '../../shared/media/media-limits'
import { MEDIA_TYPES } from '../../shared/media/media-src'
import { atomicWriteFile } from '../store/atomic-write'
import { sniffImage } from './sniff-image'

function refuse(
  reason: ImageRefusal,
  fileName: string,
  facts: { bytes?: number; width?: number; height?: number } = {},
): ApiError {
  return new ApiError('invalid_argument', refusalMessage(reason, facts), {
    reason,
    fileName,
    ...facts,
    limitBytes: MAX_IMAGE_BYTES,
  })
}

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  )

/**
 * Stores images in the data directory's `media/` folder, each named by the SHA-256 of its bytes
 * and the extension of its sniffed type, so the same image added twice (to two articles, or
 * pasted again) is one file. Every check runs before anything touches the disk, so a refused
 * file leaves the data directory as it was; a stored file is written atomically and never
 * rewritten, which is what lets backups hard-link the folder.
 */
export class MediaStore {
  constructor(
    private readonly mediaDir: string,
    private readonly readOnly: { reason: string } | undefined = undefined,
  ) {}

  /** Checks and stores one image given as base64; see {@link MediaStore}. */
  async add(fileName: string, dataBase64: string): Promise<StoredImage> {
    // The size is known from the text's length, so an oversized file is never decoded.
    const claimed = decodedLength(dataBase64)
    if (claimed > MAX_IMAGE_BYTES) throw refuse('too_large', fileName, { bytes: claimed })
    const bytes = Buffer.from(dataBase64, 'base64')
    if (bytes.length > MAX_IMAGE_BYTES) throw refuse('too_large', fileName, { bytes: bytes.length })
    const sniffed = sniffImage(bytes)
    if (sniffed.kind === 'svg') throw refuse('svg', fileName)
    if (sniffed.kind === 'other') throw refuse('not_image', fileName)
    const { ext, width, height } = sniffed
    if ((width ?? 0) > MAX_IMAGE_SIDE || (height ?? 0) > MAX_IMAGE_SIDE)
      throw refuse('too_many_pixels', fileName, { width, height })
    if (this.readOnly) throw new ApiError('read_only', this.readOnly.reason)

    const name = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`
    const file = join(this.mediaDir, name)
    if (!(await exists(file))) {
      await mkdir(this.mediaDir, { recursive: true })
      await atomicWriteFile(file, bytes)
    }
    return {
      src: `media/${name}`,
      type: MEDIA_TYPES[ext],
      bytes: bytes.length,
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
    }
  }
}
