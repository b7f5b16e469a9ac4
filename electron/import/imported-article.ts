import type { Doc } from '../../shared/articles/doc-schema'

/** What an importer produces: the fields it could recover from the source. */
export interface ImportedArticle {
  title: string
  body: Doc
}
