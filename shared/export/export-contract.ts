import { z } from 'zod'
import { method } from '../api/define'
import { ArticleId } from '../articles/article-schema'

/** A standalone HTML page of one article, and the file name to save it under. */
export const ExportedPage = z.object({
  /** Safe as a file name on every system: letters, marks, digits, "-" and "_"; then `.html`. */
  fileName: z.string().regex(/^[\p{L}\p{M}\p{N}_-]{1,120}\.html$/u),
  html: z.string(),
})
export type ExportedPage = z.infer<typeof ExportedPage>

/** The export domain: articles rendered to standalone HTML. */
export const exportContract = {
  /**
   * One article as a self-contained HTML page (styles, font and images inside it), rendered in the
   * backend from the stored body with the editor's schema.
   */
  'export.article': method(z.object({ id: ArticleId }).strict(), ExportedPage),
} as const
