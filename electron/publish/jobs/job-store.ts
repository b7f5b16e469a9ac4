import { Low } from 'lowdb'
import { ApiError } from '../../../shared/api/errors'
import type { PublishJob } from '../../../shared/publish/publish-job'
import type { DataLayout } from '../../store/data-layout'
import { SchemaFile } from '../../store/schema-file'
import { SerialQueue } from '../../store/serial-queue'
import { JobsFile, KEPT_FINISHED_JOBS } from './job-file'

export const isFinished = (job: PublishJob) =>
  job.state === 'done' || job.state === 'failed' || job.state === 'cancelled'

/**
 * The publish jobs on disk. Every change is written at once (atomically), so a job queued, or
 * waiting to retry, is still there after a crash or a restart.
 */
export class JobStore {
  private readonly queue = new SerialQueue()

  private constructor(private readonly db: Low<JobsFile>) {}

  static async open(layout: DataLayout): Promise<JobStore> {
    const adapter = new SchemaFile(layout.publishJobs, JobsFile, layout.root)
    const data = (await adapter.read()) ?? { version: 1 as const, jobs: [], folderSites: {} }
    return new JobStore(new Low(adapter, data))
  }

  /** Jobs, newest first. */
  list(articleId?: string): PublishJob[] {
    return this.db.data.jobs
      .filter((j) => articleId === undefined || j.articleId === articleId)
      .map((j) => ({ ...j }))
      .reverse()
  }

  get(id: string): PublishJob {
    const job = this.db.data.jobs.find((j) => j.id === id)
    if (!job) throw new ApiError('not_found', `There is no publish job "${id}".`)
    return { ...job }
  }

  /** Jobs that have not finished, oldest first. */
  pending(): PublishJob[] {
    return this.db.data.jobs.filter((j) => !isFinished(j)).map((j) => ({ ...j }))
  }

  add(job: PublishJob): Promise<PublishJob> {
    return this.queue.run(async () => {
      this.db.data.jobs.push(job)
      const finished = this.db.data.jobs.filter(isFinished)
      if (finished.length > KEPT_FINISHED_JOBS) {
        const drop = new Set(finished.slice(0, finished.length - KEPT_FINISHED_JOBS))
        this.db.data.jobs = this.db.data.jobs.filter((j) => !drop.has(j))
      }
      await this.db.write()
      return { ...job }
    })
  }

  /** Changes a job and writes the file; returns the job as it is now. */
  update(id: string, change: (job: PublishJob) => Partial<PublishJob>): Promise<PublishJob> {
    return this.queue.run(async () => {
      const index = this.db.data.jobs.findIndex((j) => j.id === id)
      const current = this.db.data.jobs[index]
      if (!current) throw new ApiError('not_found', `There is no publish job "${id}".`)
      const next = { ...current, ...change(current) }
      this.db.data.jobs[index] = next
      await this.db.write()
      return { ...next }
    })
  }

  /** The articles a folder target's site holds. */
  folderSite(targetId: string): string[] {
    return [...(this.db.data.folderSites[targetId] ?? [])]
  }

  setFolderSite(targetId: string, articleIds: readonly string[]): Promise<void> {
    return this.queue.run(async () => {
      this.db.data.folderSites[targetId] = [...new Set(articleIds)]
      await this.db.write()
    })
  }
}
