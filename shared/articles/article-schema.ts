import { z } from 'zod'
import { figureProblem } from '../media/doc-images'
import { MediaSrc } from '../media/media-src'
import { Correction, Publication, WorkflowEvent } from '../publish/publication-schema'
import { ArticleStatus } from './article-status'
import { DocSchema } from './doc-schema'

export { ArticleStatus, articleStatuses } from './article-status'

/**
 * Article ids become file names, so they are restricted to a safe alphabet: no separators, no
 * dots, nothing a path could be built from.
 */
export const ArticleId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An article id is 1–64 letters, digits, "-" or "_".')
export type ArticleId = z.infer<typeof ArticleId>

const IsoDate = z.iso.datetime({ offset: true })

/**
 * An article's body: a TipTap document whose figures all show stored images with alt text, so
 * whatever renders a body (the editor, an export) can trust every image source it finds.
 */
export const ArticleBody = DocSchema.superRefine((doc, ctx) => {
  const problem = figureProblem(doc)
  if (problem)
    ctx.addIssue({
      code: 'custom',
      message: problem.message,
      path: problem.path.flatMap((i) => ['content', i]),
    })
})

/**
 * The image that stands for an article (at its top, in listings and when shared): a stored image
 * and its alt text.
 */
export const FeaturedImage = z.object({
  src: MediaSrc,
  alt: z.string().trim().min(1, 'A featured image needs alt text.').max(300),
})
export type FeaturedImage = z.infer<typeof FeaturedImage>

/** The fields an editor changes. Shared by create, save and the on-disk schema. */
export const ArticleFields = z.object({
  title: z.string().max(500),
  standfirst: z.string().max(2_000),
  body: ArticleBody,
  excerpt: z.string().max(2_000),
  slug: z.string().max(200),
  byline: z.string().max(200),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  category: z.string().max(100),
  status: ArticleStatus,
  /**
   * The featured image, set in the article settings; null once removed. Optional, so article
   * files written before images existed (and the sample newsroom, and revisions) stay valid as
   * they are, with no schema migration: a missing field means "none", like null.
   */
  featuredImage: FeaturedImage.nullable().optional(),
  /**
   * When the article should go live, set in the article settings and used by Schedule; null or
   * absent for "as soon as it is published".
   */
  scheduledAt: IsoDate.nullable().optional(),
  /**
   * Whether the slug follows the title. A new article's slug is made from its title and kept up
   * to date while the title changes, until the editor types a slug of their own (false) or the
   * article is published (its address must not move). Absent in older files: it then follows the
   * title only while the slug is empty.
   */
  slugAuto: z.boolean().optional(),
  /**
   * The style checker's findings the editor chose to ignore in this article, by finding id
   * (`rule:field:key:n`, see `Finding`): they stay hidden on every later check of this article.
   */
  styleIgnored: z.array(z.string().min(1).max(300)).max(2_000).optional(),
})
export type ArticleFields = z.infer<typeof ArticleFields>

/** An article as stored in `articles/<id>.json` and returned by the API. */
export const Article = ArticleFields.extend({
  id: ArticleId,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  /** Bumped by every save; a save must name the revision it was based on. */
  revision: z.number().int().min(1),
  /**
   * Who saved this revision: the display name set in the settings then. Set by the store, never by
   * a caller; absent when no name was set (and in files written before it existed).
   */
  savedBy: z.string().max(100).optional(),
  /**
   * Where the article was published, one record per target (see {@link Publication}). Written by
   * the publish jobs only, like `corrections` and `workflow`: an editor's save never carries them,
   * so they survive every save. Absent in files written before publishing existed.
   */
  publications: z.array(Publication).max(50).optional(),
  /** Correction notes added with "Update published", oldest first. */
  corrections: z.array(Correction).max(200).optional(),
  /** Every status change: who, when, from what to what (and to which target), oldest first. */
  workflow: z.array(WorkflowEvent).max(1_000).optional(),
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
