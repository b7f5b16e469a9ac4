import type { Article, ArticleFields } from '../../shared/articles/article-schema'
import type { Removed } from '../../shared/cleanup/removed'
import type { CleanedImport } from './clean-import'
import type { SkippedImage } from './imported-article'
import { type AddImage, storeImages } from './store-images'

/** What an import made: the new draft, what its clean-up removed, and its images. */
export interface CreatedImport {
  article: Article
  /**
   * What the clean-up removed, each `index` counted in the body as stored (see
   * {@link renumberRemoved}), so `restoreRemoved` on the saved body puts a block back in place.
   */
  removed: Removed[]
  images: { stored: number; skipped: SkippedImage[] }
}

/**
 * Shifts each removed block's index down by the kept blocks that storing the images dropped
 * before it (a refused image, a tracking pixel), so the indexes still describe the body that is
 * saved. Without this, restoring a line after a dropped figure would put it one block too late.
 */
export function renumberRemoved(removed: Removed[], droppedKept: number[]): Removed[] {
  if (droppedKept.length === 0) return removed
  const gone = new Set(removed.map((entry) => entry.index))
  // The original index of each kept block, in order: the indexes the clean-up did not take.
  // (It ends: only finitely many indexes are taken.)
  const keptOriginal: number[] = []
  const last = Math.max(...droppedKept)
  for (let i = 0; keptOriginal.length <= last; i++) if (!gone.has(i)) keptOriginal.push(i)
  const droppedOriginal = droppedKept.map((k) => keptOriginal[k] as number)
  return removed.map((entry) => ({
    ...entry,
    index: entry.index - droppedOriginal.filter((at) => at < entry.index).length,
  }))
}

/**
 * The last steps of every import, shared by `midad import` and the UI's `import.article`: store
 * the embedded images (through `addImage`), then create one draft (through `create`). Nothing is
 * created when storing an image fails for another reason than a refusal (a read-only data
 * directory…): the error is thrown, and the images already stored are unreferenced media only.
 */
export async function createImported(
  cleaned: CleanedImport,
  store: { addImage: AddImage; create: (fields: Partial<ArticleFields>) => Promise<Article> },
): Promise<CreatedImport> {
  const withImages = await storeImages(cleaned.article, store.addImage)
  const article = await store.create({
    title: withImages.article.title,
    body: withImages.article.body,
  })
  return {
    article,
    removed: renumberRemoved(cleaned.removed, withImages.dropped),
    images: { stored: withImages.stored, skipped: withImages.article.skippedImages ?? [] },
  }
}
