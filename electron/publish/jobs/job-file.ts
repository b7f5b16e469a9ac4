import { z } from 'zod'
import { ArticleId } from '../../../shared/articles/article-schema'
import { PublishJob } from '../../../shared/publish/publish-job'
import { TargetId } from '../../../shared/publish/target-schema'

/**
 * `publish-jobs.json`: the publish jobs (unfinished ones always, the newest finished ones for the
 * panel's list), and which articles each folder target's site holds, since a folder site is made
 * of what was published to it.
 */
export const JobsFile = z.object({
  version: z.literal(1),
  jobs: z.array(PublishJob),
  folderSites: z.record(TargetId, z.array(ArticleId)),
})
export type JobsFile = z.infer<typeof JobsFile>

/** Finished jobs kept for the history of the panel. */
export const KEPT_FINISHED_JOBS = 500
