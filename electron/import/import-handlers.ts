import type { HandlerMap } from '../../shared/api/define'
import { ApiError } from '../../shared/api/errors'
import type { importContract } from '../../shared/import/import-contract'
import type { ArticleStore } from '../articles/article-store'
import { MediaStore } from '../media/media-store'
import type { DataLayout } from '../store/data-layout'
import { createImported } from './create-imported'
import { ImportError } from './import-error'
import { convertImport } from './import-file'

/**
 * The import domain's implementation of the contract. Arguments arrive validated. The file is
 * converted exactly as `midad import` converts it (same converters, same clean-up, same image
 * storing and creation: see `convertImport` and `createImported`), so a file imported from the
 * window and from the command line gives the same draft.
 */
export function importHandlers(deps: {
  layout: DataLayout
  articles: ArticleStore
  /** Set when another process holds the data directory: nothing can be imported. */
  readOnly?: { reason: string } | undefined
}): HandlerMap<typeof importContract> {
  const media = new MediaStore(deps.layout.mediaDir, deps.readOnly)
  return {
    'import.article': async ({ fileName, dataBase64 }) => {
      // Refused before converting: a read-only window must not even store an image.
      if (deps.readOnly) throw new ApiError('read_only', deps.readOnly.reason)
      let cleaned: Awaited<ReturnType<typeof convertImport>>
      try {
        cleaned = await convertImport(Buffer.from(dataBase64, 'base64'), fileName)
      } catch (error) {
        throw error instanceof ImportError ? new ApiError('invalid_argument', error.message) : error
      }
      return createImported(cleaned, {
        addImage: (name, data) => media.add(name, data),
        create: (fields) => deps.articles.create(fields),
      })
    },
  }
}
