import type { Doc } from '../../shared/articles/doc-schema'

/**
 * An image the source held that is not in the imported body, so the import can say so:
 * - 'remote': an address outside the file. Importing never fetches from the network, and a
 *   remote image in an article would make every reader's browser call that host.
 * - 'unsupported': embedded, but not a raster image Midad stores (SVG can carry scripts).
 * - 'refused': the media store refused it (too large, too many pixels, not really an image).
 * Tracking pixels are not listed: they are dropped like scripts.
 */
export interface SkippedImage {
  /** The address, or "embedded image/… (N KB)" for an embedded one. */
  src: string
  alt: string
  reason: 'remote' | 'unsupported' | 'refused'
  /** Why it was refused, in the media store's words. */
  detail?: string
}

/**
 * What an importer produces: the fields it could recover from the source. Figures in `body` may
 * still hold an embedded `data:` image as their `src` until `storeImages` has run.
 */
export interface ImportedArticle {
  title: string
  body: Doc
  /** Images left out, with why; absent when there were none. */
  skippedImages?: SkippedImage[]
}
