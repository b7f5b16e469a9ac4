import { randomUUID } from 'node:crypto'
import { ApiError } from '../../shared/api/errors'
import { canPublish, prePublishChecks } from '../../shared/publish/pre-publish-checks'
import type { PublishJob } from '../../shared/publish/publish-job'
import type { Target } from '../../shared/publish/target-schema'
import { type Backoff, JobRunner } from './jobs/job-runner'
import { isFinished, type JobStore } from './jobs/job-store'
import { type PublishJobDeps, runPublishJob } from './run-publish-job'
import { ScheduleWatch } from './schedule-watch'

/** A scheduled time this far in the past is refused rather than published at once. */
const SCHEDULE_SLACK_MS = 60_000

export interface PublishRequest {
  id: string
  targetId?: string | undefined
  schedule?: string | undefined
  correction?: string | undefined
}

/**
 * Publishing as the API offers it: checks a request (the article passes the blocking pre-publish
 * checks, the target exists, a schedule is ahead), records it as a job and lets the
 * {@link JobRunner} do it. A newer request for the same article and target replaces one that has
 * not started.
 */
export class PublishService {
  readonly runner: JobRunner
  /** Marks WordPress-scheduled articles published once the site has published them. */
  readonly watch: ScheduleWatch

  constructor(
    private readonly deps: PublishJobDeps & {
      jobs: JobStore
      readOnly: { reason: string } | undefined
      backoff?: Backoff | undefined
    },
  ) {
    this.runner = new JobRunner({
      store: deps.jobs,
      now: deps.now,
      ...(deps.backoff ? { backoff: deps.backoff } : {}),
      run: (job, signal) => runPublishJob(deps, job, signal),
    })
    this.watch = new ScheduleWatch(deps)
  }

  /** Starts running jobs (left from the last run too) and watching scheduled posts. */
  async start(): Promise<void> {
    await this.runner.start()
    this.watch.start()
  }

  async stop(): Promise<void> {
    this.watch.stop()
    await this.runner.stop()
  }

  async publish(request: PublishRequest): Promise<PublishJob> {
    this.assertWritable()
    const { articles, targets } = this.deps
    const article = await articles.get(request.id)
    const target = this.pickTarget(request.targetId)
    const checks = prePublishChecks(article, {
      otherSlugs: articles
        .list()
        .filter((s) => s.id !== article.id)
        .map((s) => s.slug),
      targets: targets.list().length,
    })
    if (!canPublish(checks)) {
      const failed = checks.filter((c) => !c.ok && c.severity === 'blocking').map((c) => c.id)
      throw new ApiError(
        'not_publishable',
        `The article cannot be published yet; these checks fail: ${failed.join(', ')}.`,
        { checks: failed },
      )
    }
    const now = this.deps.now()
    if (request.schedule && Date.parse(request.schedule) < now.getTime() - SCHEDULE_SLACK_MS)
      throw new ApiError('invalid_argument', 'The scheduled time has already passed.', {
        issues: [{ path: ['schedule'], message: 'Choose a time in the future.' }],
      })
    const scheduled = request.schedule && Date.parse(request.schedule) > now.getTime()
    // A folder is written by Midad at the time; WordPress is told now and publishes it itself.
    const runAt = scheduled && target.kind === 'folder' ? request.schedule : now.toISOString()
    if (scheduled && target.kind === 'folder')
      await articles.update(article.id, () => ({ status: 'scheduled' }), target.name)
    return this.enqueue({
      articleId: article.id,
      target,
      action: 'publish',
      schedule: scheduled ? (request.schedule ?? null) : null,
      correction: request.correction ?? null,
      runAt: runAt ?? now.toISOString(),
    })
  }

  async unpublish(request: { id: string; targetId?: string | undefined }): Promise<PublishJob> {
    this.assertWritable()
    const article = await this.deps.articles.get(request.id)
    const target = this.pickTarget(request.targetId)
    return this.enqueue({
      articleId: article.id,
      target,
      action: 'unpublish',
      schedule: null,
      correction: null,
      runAt: this.deps.now().toISOString(),
    })
  }

  async retry(jobId: string): Promise<PublishJob> {
    this.assertWritable()
    const job = this.deps.jobs.get(jobId)
    if (job.state === 'done' || job.state === 'running')
      throw new ApiError('conflict', `This job is ${job.state}; there is nothing to retry.`)
    const next = await this.deps.jobs.update(jobId, () => ({
      state: 'queued',
      runAt: this.deps.now().toISOString(),
      updatedAt: this.deps.now().toISOString(),
    }))
    this.runner.kick()
    return next
  }

  async cancel(jobId: string): Promise<PublishJob> {
    this.assertWritable()
    const job = this.deps.jobs.get(jobId)
    if (isFinished(job)) return job
    if (job.state === 'running') {
      await this.runner.cancel(jobId)
      return this.deps.jobs.get(jobId)
    }
    const next = await this.deps.jobs.update(jobId, () => ({
      state: 'cancelled',
      updatedAt: this.deps.now().toISOString(),
    }))
    this.runner.kick()
    return next
  }

  /** The target asked for, or the only one; otherwise a clear refusal. */
  private pickTarget(targetId: string | undefined): Target {
    const { targets } = this.deps
    if (targetId) return targets.get(targetId)
    const all = targets.list()
    if (all.length === 1 && all[0]) return all[0]
    if (all.length === 0)
      throw new ApiError(
        'not_publishable',
        'No publishing target is configured; add a folder or a WordPress site in Targets.',
        { checks: ['target'] },
      )
    throw new ApiError(
      'invalid_argument',
      `Choose a target: ${all.map((t) => t.name).join(', ')}.`,
      { issues: [{ path: ['targetId'], message: 'Several targets are configured.' }] },
    )
  }

  private async enqueue(spec: {
    articleId: string
    target: Target
    action: PublishJob['action']
    schedule: string | null
    correction: string | null
    runAt: string
  }): Promise<PublishJob> {
    const { jobs } = this.deps
    // A request that has not started yet is replaced by the newer one.
    for (const old of jobs.pending())
      if (
        old.articleId === spec.articleId &&
        old.targetId === spec.target.id &&
        old.state !== 'running'
      )
        await jobs.update(old.id, () => ({ state: 'cancelled' }))
    const at = this.deps.now().toISOString()
    const job = await jobs.add({
      id: randomUUID(),
      articleId: spec.articleId,
      targetId: spec.target.id,
      targetName: spec.target.name,
      action: spec.action,
      schedule: spec.schedule,
      correction: spec.correction,
      state: 'queued',
      attempts: 0,
      runAt: spec.runAt,
      error: null,
      result: null,
      createdAt: at,
      updatedAt: at,
      by: this.deps.settings.get().displayName,
    })
    this.runner.kick()
    return job
  }

  private assertWritable(): void {
    if (this.deps.readOnly) throw new ApiError('read_only', this.deps.readOnly.reason)
  }
}
