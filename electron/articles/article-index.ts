import { z } from 'zod'
import { ArticleSummary } from '../../shared/articles/article-schema'

/** `index.json`: one summary per article, so the list view never opens article files. */
export const ArticleIndex = z.object({
  articles: z.record(z.string(), ArticleSummary),
})
export type ArticleIndex = z.infer<typeof ArticleIndex>
