import { randomUUID } from 'node:crypto'
import { ApiError } from '../../../shared/api/errors'
import {
  type SiteExportResult,
  type SiteJob,
  type SitePhase,
  SiteProblem,
  type SiteSelection,
} from '../../../shared/export/site-contract'
import { fsProblem } from '../../store/fs-problems'
import { writeProblem } from './site-target'

/** Runs one site export (see exportSite), reporting progress and stopping when aborted. */
export type SiteRunner = (
  request: { outDir: string; selection: SiteSelection },
  signal: AbortSignal,
  onProgress: (progress: { phase: SitePhase; done: number; total: number }) => void,
) => Promise<SiteExportResult>

/** Ended jobs kept for the UI to read their outcome. */
const KEPT_JOBS = 10

/** A failure in words for the person who started the export, and as a code for the UI. */
export function describeSiteFailure(
  error: unknown,
  outDir: string,
): { error: string; problem: SiteProblem } {
  if (error instanceof ApiError) {
    const problem = SiteProblem.safeParse(error.details?.problem)
    return { error: error.message, problem: problem.success ? problem.data : 'other' }
  }
  const words = fsProblem(error)
  if (words) {
    const path = (error as NodeJS.ErrnoException).path
    return {
      error: `The site could not be written to ${outDir}: ${words}${path && path !== outDir ? ` (${path})` : ''}. The folder was left as it was.`,
      problem: writeProblem(error),
    }
  }
  return {
    error: `The site export failed: ${error instanceof Error ? error.message : String(error)}. The folder was left as it was.`,
    problem: 'other',
  }
}

/**
 * Site exports as jobs the UI can poll and cancel: one runs at a time, and the outcome of the
 * last few stays readable. `check` runs before a job starts, so a folder that cannot be used is
 * refused at once with an `invalid_argument` error instead of becoming a failed job.
 */
export class SiteJobs {
  private readonly jobs = new Map<string, { job: SiteJob; controller: AbortController }>()
  private running: string | null = null

  constructor(
    private readonly run: SiteRunner,
    private readonly check: (outDir: string) => Promise<void>,
  ) {}

  async start(request: { outDir: string; selection: SiteSelection }): Promise<SiteJob> {
    if (this.running)
      throw new ApiError('conflict', 'A site export is already running; wait for it or cancel it.')
    const jobId = randomUUID()
    // Claimed before the check's await, so two starts at the same moment cannot both pass.
    this.running = jobId
    try {
      await this.check(request.outDir)
    } catch (error) {
      this.running = null
      throw error
    }
    const controller = new AbortController()
    const entry = {
      job: {
        jobId,
        state: 'running',
        phase: 'checking',
        done: 0,
        total: 0,
        error: null,
        problem: null,
        result: null,
      } as SiteJob,
      controller,
    }
    this.jobs.set(jobId, entry)
    const update = (patch: Partial<SiteJob>) => {
      entry.job = { ...entry.job, ...patch }
    }
    void this.run(request, controller.signal, (progress) => update(progress))
      .then((result) => update({ state: 'done', result }))
      .catch((error: unknown) =>
        controller.signal.aborted
          ? update({ state: 'cancelled' })
          : update({ state: 'failed', ...describeSiteFailure(error, request.outDir) }),
      )
      .finally(() => {
        this.running = null
        this.forgetOld()
      })
    return entry.job
  }

  get(jobId: string): SiteJob {
    const entry = this.jobs.get(jobId)
    if (!entry) throw new ApiError('not_found', 'There is no such site export.')
    return entry.job
  }

  /** Asks a running job to stop; its folder is left as it was. Ended jobs are left alone. */
  cancel(jobId: string): SiteJob {
    const entry = this.jobs.get(jobId)
    if (!entry) throw new ApiError('not_found', 'There is no such site export.')
    if (entry.job.state === 'running') entry.controller.abort()
    return entry.job
  }

  /** Cancels the running job, if any, and waits for it to end (when the backend closes). */
  async stop(): Promise<void> {
    if (this.running) this.jobs.get(this.running)?.controller.abort()
    await this.idle()
  }

  /** Resolves once no job is running. */
  async idle(): Promise<void> {
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 20))
  }

  private forgetOld() {
    const ended = [...this.jobs.keys()].filter((id) => id !== this.running)
    for (const id of ended.slice(0, Math.max(0, ended.length - KEPT_JOBS))) this.jobs.delete(id)
  }
}
