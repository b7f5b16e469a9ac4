import { z } from 'zod'
import { method } from '../api/define'
import { ArticleId } from '../articles/article-schema'
import { PublishJob, PublishJobId } from './publish-job'
import {
  AppPassword,
  FolderPath,
  PasswordStorage,
  Target,
  TargetId,
  TargetInput,
  TargetName,
  WordPressUrl,
  WordPressUser,
} from './target-schema'

const IsoDate = z.iso.datetime({ offset: true })

/** What "Test connection" found: who WordPress says we are, or the folder that will be written. */
export const TargetCheck = z.object({ ok: z.literal(true), detail: z.string() })

/**
 * Publishing: the targets (a folder, a WordPress site) and the jobs that publish to them. Jobs
 * run in the backend; the UI polls `publish.jobs`. A failure inside a job is kept on the job
 * (WordPress's own message), never thrown at the caller.
 */
export const publishContract = {
  'targets.list': method(
    z.object({}).strict(),
    z.object({ targets: z.array(Target), passwordStorage: PasswordStorage }),
  ),
  /** Adds a target; its name must not be taken. */
  'targets.add': method(TargetInput, Target),
  /** Changes a target; a WordPress password left out is kept. */
  'targets.update': method(
    z
      .object({
        id: TargetId,
        name: TargetName.optional(),
        dir: FolderPath.optional(),
        url: WordPressUrl.optional(),
        user: WordPressUser.optional(),
        appPassword: AppPassword.optional(),
      })
      .strict(),
    Target,
  ),
  /** Removes a target and its password; the articles keep their records of it. */
  'targets.remove': method(z.object({ id: TargetId }).strict(), z.object({ id: TargetId })),
  /**
   * Checks a saved target, or one being filled in: WordPress's `/wp-json/wp/v2/users/me` with the
   * password, or that the folder can be written. Failure is a `remote` error with the target's
   * own message.
   */
  'targets.test': method(z.union([z.object({ id: TargetId }).strict(), TargetInput]), TargetCheck),
  /**
   * Queues publishing an article (its saved revision) to a target (the only one when left out).
   * Refused with `not_publishable` (and the failed checks in `details.checks`) when a blocking
   * pre-publish check fails. `schedule` makes it go live then; `correction` adds a note.
   */
  'publish.start': method(
    z
      .object({
        id: ArticleId,
        targetId: TargetId.optional(),
        schedule: IsoDate.optional(),
        correction: z.string().trim().min(1).max(2_000).optional(),
      })
      .strict(),
    PublishJob,
  ),
  /** Queues taking a published article back to draft, on the target too. */
  'publish.unpublish': method(
    z.object({ id: ArticleId, targetId: TargetId.optional() }).strict(),
    PublishJob,
  ),
  /** Jobs, newest first: all, or one article's. */
  'publish.jobs': method(
    z.object({ articleId: ArticleId.optional() }).strict(),
    z.array(PublishJob),
  ),
  /** Runs a failed or waiting job again now. */
  'publish.retry': method(z.object({ jobId: PublishJobId }).strict(), PublishJob),
  /** Cancels a job that has not finished (a running one stops before its next step). */
  'publish.cancel': method(z.object({ jobId: PublishJobId }).strict(), PublishJob),
} as const
