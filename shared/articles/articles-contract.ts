import { z } from 'zod'
import { method } from '../api/define'
import { Article, ArticleFields, ArticleId, ArticleStatus, ArticleSummary } from './article-schema'
import { RevisionInfo } from './revision-schema'

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
  /**
   * Every tag in use, with how many articles carry it, most used first: for the tags field's
   * autocomplete.
   */
  'articles.tags': method(
    z.object({}).strict(),
    z.array(z.object({ tag: z.string(), count: z.number().int().min(1) })),
  ),
  /** The kept revisions of an article, newest first (the current one included). */
  'articles.history': method(z.object({ id: ArticleId }).strict(), z.array(RevisionInfo)),
  /** One kept revision, as it was saved. */
  'articles.revision': method(
    z.object({ id: ArticleId, revision: z.number().int().min(1) }).strict(),
    Article,
  ),
  /**
   * Saves the text of an old revision as a new revision on top of `baseRevision`, so restoring
   * loses nothing: the version it replaces stays in the history. The status and slug stay as
   * they are now (restoring text must not unpublish an article or move its address).
   */
  'articles.restore': method(
    z
      .object({
        id: ArticleId,
        revision: z.number().int().min(1),
        baseRevision: z.number().int().min(1),
      })
      .strict(),
    Article,
  ),
} as const
