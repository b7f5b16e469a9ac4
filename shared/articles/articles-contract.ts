import { z } from 'zod'
import { method } from '../api/define'
import { Article, ArticleFields, ArticleId, ArticleStatus, ArticleSummary } from './article-schema'

/** Changes a save may carry: any subset of the editable fields, at least one. */
export const ArticleChanges = ArticleFields.partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'A save must change at least one field.')
export type ArticleChanges = z.infer<typeof ArticleChanges>

/** The articles domain. */
export const articlesContract = {
  /** Summaries, newest first, optionally of one status. */
  'articles.list': method(
    z.object({ status: ArticleStatus.optional() }).strict(),
    z.array(ArticleSummary),
  ),
  'articles.get': method(z.object({ id: ArticleId }).strict(), Article),
  /** Creates a draft; every field is optional. */
  'articles.create': method(ArticleFields.partial().strict(), Article),
  /**
   * Saves changes on top of `baseRevision`. If the stored revision differs, nothing is written and
   * a `conflict` error carries the current revision.
   */
  'articles.save': method(
    z
      .object({ id: ArticleId, baseRevision: z.number().int().min(1), changes: ArticleChanges })
      .strict(),
    Article,
  ),
  'articles.delete': method(
    z.object({ id: ArticleId, baseRevision: z.number().int().min(1) }).strict(),
    z.object({ id: ArticleId }),
  ),
} as const
