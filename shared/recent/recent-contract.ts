import { z } from 'zod'
import { method } from '../api/define'
import { ArticleId } from '../articles/article-schema'

/** How many articles File › Open Recent lists. */
export const MAX_RECENT = 10

/** One entry of File › Open Recent: the article and its title now. */
export const RecentArticle = z.object({ id: ArticleId, title: z.string() })
export type RecentArticle = z.infer<typeof RecentArticle>

/**
 * Recently opened articles, newest first, kept per data directory (`recent.json`). Deleted
 * articles drop out; titles are read fresh from the store, so a renamed article shows its new
 * title.
 */
export const recentContract = {
  'recent.list': method(z.object({}).strict(), z.array(RecentArticle)),
  /** Records that an article was opened in the editor; returns the new list. */
  'recent.opened': method(z.object({ id: ArticleId }).strict(), z.array(RecentArticle)),
  /** Empties the list (File › Open Recent › Clear). */
  'recent.clear': method(z.object({}).strict(), z.array(RecentArticle)),
} as const
