import { ApiError } from '../../shared/api/errors'
import type { DocNode } from '../../shared/articles/doc-schema'
import type { StoredImage } from '../../shared/media/media-contract'
import { MediaSrc } from '../../shared/media/media-src'
import { sniffImage } from '../media/sniff-image'
import { describeSource, EMBEDDED_IMAGE } from './html-images'
import type { ImportedArticle, SkippedImage } from './imported-article'

/** Stores one image and says where (the `media.add` method, through the caller's backend). */
export type AddImage = (fileName: string, dataBase64: string) => Promise<StoredImage>

/** What {@link storeImages} returns: the article with stored images only, and how many. */
export interface StoredImages {
  article: ImportedArticle
  stored: number
  /**
   * The top-level blocks of the body that were dropped (refused images, tracking pixels), by
   * index, so a clean-up report made before can still say where its blocks go back.
   */
  dropped: number[]
}

/**
 * Stores the embedded images of an imported article in the media folder and points their
 * figures at the stored files, so the saved body holds only `media/<sha256>.<ext>` sources
 * (never a `data:` URL). A 1×1 image is a tracking pixel and is dropped without a note; an image
 * the media store refuses (too large, SVG, not an image) is dropped and listed in
 * `skippedImages` with the store's reason. Any other failure (a read-only data directory…) is
 * thrown: the import stops before the article is created.
 */
export async function storeImages(imported: ImportedArticle, add: AddImage): Promise<StoredImages> {
  const skipped: SkippedImage[] = [...(imported.skippedImages ?? [])]
  let stored = 0

  async function figure(node: DocNode): Promise<DocNode | null> {
    const src = String(node.attrs?.src ?? '')
    const alt = String(node.attrs?.alt ?? '')
    if (MediaSrc.safeParse(src).success) return node
    const match = EMBEDDED_IMAGE.exec(src)
    if (!match) {
      skipped.push({ src: describeSource(src), alt, reason: 'unsupported' })
      return null
    }
    const dataBase64 = src.slice(match[0].length).replace(/\s+/g, '')
    const sniffed = sniffImage(Buffer.from(dataBase64, 'base64'))
    if (sniffed.kind === 'image' && (sniffed.width ?? 2) <= 1 && (sniffed.height ?? 2) <= 1)
      return null
    try {
      const image = await add(
        `image-${stored + 1}.${sniffed.kind === 'image' ? sniffed.ext : 'bin'}`,
        dataBase64,
      )
      stored++
      return { ...node, attrs: { ...node.attrs, src: image.src } }
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'invalid_argument') throw error
      skipped.push({ src: describeSource(src), alt, reason: 'refused', detail: error.message })
      return null
    }
  }

  async function walk(node: DocNode): Promise<DocNode | null> {
    if (node.type === 'figure') return figure(node)
    if (!node.content) return node
    const content: DocNode[] = []
    for (const child of node.content) {
      const kept = await walk(child)
      if (kept) content.push(kept)
    }
    // A quote or list item that held only a refused image still needs a block.
    if (content.length === 0 && node.content.length > 0) content.push({ type: 'paragraph' })
    return { ...node, content }
  }

  const content: DocNode[] = []
  const dropped: number[] = []
  for (const [index, block] of (imported.body.content ?? []).entries()) {
    const kept = await walk(block)
    if (kept) content.push(kept)
    else dropped.push(index)
  }
  const article: ImportedArticle = {
    ...imported,
    body: { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] },
  }
  if (skipped.length) article.skippedImages = skipped
  return { article, stored, dropped }
}
