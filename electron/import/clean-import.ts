import { type Doc, emptyDoc } from '../../shared/articles/doc-schema'
import { cleanDoc, type Removed } from '../../shared/cleanup/detect-boilerplate'
import type { ImportedArticle } from './imported-article'

/** An imported article after the clean-up, and what the clean-up took out of it. */
export interface CleanedImport {
  article: ImportedArticle
  /** Every block taken out, in document order, whole: the import reports them and can restore. */
  removed: Removed[]
}

/**
 * Takes scraped site furniture (comment forms, share rows, "اقرأ أيضاً" lines, the headline
 * repeated…) out of an imported article, judged against its title. Every import goes through
 * here so that what a file brings is cleaned the same way whatever its format, and nothing goes
 * silently: each block taken out is in `removed`. A body left with no blocks gets the empty
 * paragraph an editable document needs.
 */
export function cleanImported(imported: ImportedArticle): CleanedImport {
  const { doc, removed } = cleanDoc(imported.body, { title: imported.title })
  const body: Doc = doc.content?.length ? { type: 'doc', content: doc.content } : emptyDoc()
  return { article: { ...imported, body }, removed }
}
