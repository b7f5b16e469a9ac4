import { z } from 'zod'
import { DocSchema } from './doc-schema'

/** Workflow states. Later issues add "ready"; the list lives here only. */
export const ArticleStatus = z.enum(['draft', 'in_review', 'scheduled', 'published'])
export type ArticleStatus = z.infer<typeof ArticleStatus>
export const articleStatuses = ArticleStatus.options

/**
 * Article ids become file names, so they are restricted to a safe alphabet: no separators, no
 * dots, nothing a path could be built from.
 */
export const ArticleId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An article id is 1–64 letters, digits, "-" or "_".')
export type ArticleId = z.infer<typeof ArticleId>

const IsoDate = z.iso.datetime({ offset: true })

/** The fields an editor changes. Shared by create, save and the on-disk schema. */
export const ArticleFields = z.object({
  title: z.string().max(500),
  standfirst: z.string().max(2_000),
  body: DocSchema,
  excerpt: z.string().max(2_000),
  slug: z.string().max(200),
  byline: z.string().max(200),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  category: z.string().max(100),
  status: ArticleStatus,
})
export type ArticleFields = z.infer<typeof ArticleFields>

/** An article as stored in `articles/<id>.json` and returned by the API. */
export const Article = ArticleFields.extend({
  id: ArticleId,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  /** Bumped by every save; a save must name the revision it was based on. */
  revision: z.number().int().min(1),
})
export type Article = z.infer<typeof Article>

/** What the list view needs, kept in the index so listing never opens article files. */
export const ArticleSummary = Article.pick({
  id: true,
  title: true,
  status: true,
  updatedAt: true,
  createdAt: true,
  revision: true,
  slug: true,
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

/** Projects an article onto its index entry. */
export function summarize(article: Article): ArticleSummary {
  const { id, title, status, updatedAt, createdAt, revision, slug } = article
  return { id, title, status, updatedAt, createdAt, revision, slug }
}
