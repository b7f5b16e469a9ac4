import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MEDIA_FILE_NAME, MEDIA_TYPES, type MediaExtension } from '../../shared/media/media-src'

/** A stored image, ready to send. */
export interface MediaFile {
  body: Buffer
  /** From the stored name's extension, which was given from the sniffed bytes. */
  type: string
}

/**
 * Reads `/media/<sha256>.<ext>` (a URL path) from the media folder, for the browser-mode server
 * and Electron's app:// protocol alike. Only names that `media.add` could have made are looked
 * up, so nothing outside the folder, and no other kind of file, can be reached. Null when the path
 * is not a media path or the image does not exist.
 */
export async function readMediaFile(mediaDir: string, urlPath: string): Promise<MediaFile | null> {
  const name = urlPath.startsWith('/media/') ? urlPath.slice('/media/'.length) : ''
  if (!MEDIA_FILE_NAME.test(name)) return null
  const ext = (name.split('.')[1] === 'jpeg' ? 'jpg' : name.split('.')[1]) as MediaExtension
  try {
    return { body: await readFile(join(mediaDir, name)), type: MEDIA_TYPES[ext] }
  } catch {
    return null
  }
}

/** True for URL paths under `/media/`, which are answered by {@link readMediaFile} alone. */
export const isMediaPath = (urlPath: string): boolean => urlPath.startsWith('/media/')

/** Stored images never change (their name is their hash), so a browser may keep them for good. */
export const MEDIA_CACHE_CONTROL = 'private, max-age=31536000, immutable'
