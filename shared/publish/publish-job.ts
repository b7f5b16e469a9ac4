import { z } from 'zod'
import { ArticleId } from '../articles/article-schema'
import { TargetId } from './target-schema'

const IsoDate = z.iso.datetime({ offset: true })

export const PublishJobId = z.string().regex(/^[a-z0-9-]{1,64}$/)

/**
 * A job's life: `queued` (to run now, or at `runAt` when scheduled), `running`, `waiting` (the
 * target could not be reached; it is tried again at `runAt`), then `done`, `failed` (the target
 * refused: a wrong password, a bad request; Retry queues it again) or `cancelled`.
 */
export const PublishJobState = z.enum([
  'queued',
  'running',
  'waiting',
  'done',
  'failed',
  'cancelled',
])
export type PublishJobState = z.infer<typeof PublishJobState>

/** Why a job failed or waits: the target's own code and message (WordPress's, or the disk's). */
export const PublishJobError = z.object({
  /** WordPress's error code (`rest_not_logged_in`, …), or `unreachable`, `folder`, `not_found`… */
  code: z.string().max(200),
  message: z.string().max(4_000),
  /** The HTTP status, for a WordPress answer. */
  status: z.number().int().optional(),
})
export type PublishJobError = z.infer<typeof PublishJobError>

/**
 * One publish or unpublish of one article to one target, kept in the data directory
 * (`publish-jobs.json`) so a queued job survives a restart.
 */
export const PublishJob = z.object({
  id: PublishJobId,
  articleId: ArticleId,
  targetId: TargetId,
  targetName: z.string().max(80),
  action: z.enum(['publish', 'unpublish']),
  /** Publish at this time (a `future` post on WordPress; Midad itself writes a folder then). */
  schedule: IsoDate.nullable(),
  /** A correction note to add to the published page with this update. */
  correction: z.string().max(2_000).nullable(),
  state: PublishJobState,
  /** Tries so far. */
  attempts: z.number().int().min(0),
  /** When it runs next: now, the scheduled time (folder), or the next retry. */
  runAt: IsoDate,
  error: PublishJobError.nullable(),
  /** Where the article is now: the page's link (or file), and the WordPress post id. */
  result: z
    .object({ link: z.string().max(4_000), remoteId: z.number().int().positive().optional() })
    .nullable(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  /** The display name of who asked for it. */
  by: z.string().max(100),
})
export type PublishJob = z.infer<typeof PublishJob>
