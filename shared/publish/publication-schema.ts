import { z } from 'zod'
import { ArticleStatus } from '../articles/article-status'
import { TargetId } from './target-schema'

const IsoDate = z.iso.datetime({ offset: true })

/**
 * Where an article went: one record per target it was ever published to, kept on the article
 * (set by the publish jobs, never by an editor's save). `draft` means unpublished there.
 */
export const Publication = z.object({
  targetId: TargetId,
  /** The target's name when it was published, for when the target is gone. */
  targetName: z.string().max(80),
  kind: z.enum(['folder', 'wordpress']),
  state: z.enum(['published', 'scheduled', 'draft']),
  /** The page's public address (WordPress's link), or its file for a folder without an address. */
  link: z.string().max(4000),
  /** The WordPress post id, so republishing updates that post instead of making another. */
  remoteId: z.number().int().positive().optional(),
  /** The article's revision that went out: a later one means the site is behind. */
  revision: z.number().int().min(1),
  at: IsoDate,
  by: z.string().max(100),
  /** For `scheduled`: when it goes live. */
  scheduledFor: IsoDate.optional(),
})
export type Publication = z.infer<typeof Publication>

/** A correction note, shown at the end of the published article with its date. */
export const Correction = z.object({
  note: z.string().trim().min(1).max(2_000),
  at: IsoDate,
  by: z.string().max(100),
})
export type Correction = z.infer<typeof Correction>

/**
 * One step of the workflow (draft → in review → ready → scheduled or published, and back): who
 * moved the article, when, and, for publishing, where to.
 */
export const WorkflowEvent = z.object({
  from: ArticleStatus,
  to: ArticleStatus,
  at: IsoDate,
  by: z.string().max(100),
  /** The target's name, when the step was publishing, scheduling or unpublishing. */
  target: z.string().max(80).optional(),
})
export type WorkflowEvent = z.infer<typeof WorkflowEvent>
