import type { PublishJob, PublishJobError } from '../../../shared/publish/publish-job'
import type { JobStore } from './job-store'

/** What running a job gives: where the article is now. */
export interface JobResult {
  link: string
  remoteId?: number
}

/** How long to wait before retry n (1, 2, …) after a target could not be reached. */
export interface Backoff {
  /** First wait (default 5 s); each next one doubles. */
  baseMs: number
  /** Longest wait (default 10 minutes). */
  maxMs: number
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 5_000, maxMs: 10 * 60_000 }

export function retryDelay(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1))
}

/**
 * An error a target raised. `retryable` errors (the site could not be reached, a 5xx) make the
 * job wait and try again; the others (a wrong password, a refused request) fail it at once.
 */
export interface TargetFailure {
  code: string
  message: string
  status?: number | undefined
  retryable: boolean
}

/** Reads a thrown value as a {@link TargetFailure}; anything unknown is not retried. */
export function asFailure(error: unknown): TargetFailure {
  const e = error as Partial<TargetFailure> & { message?: unknown }
  const message = typeof e?.message === 'string' ? e.message : String(error)
  return {
    code: typeof e?.code === 'string' ? e.code : 'error',
    message,
    ...(typeof e?.status === 'number' ? { status: e.status } : {}),
    retryable: e?.retryable === true,
  }
}

export interface JobRunnerOptions {
  store: JobStore
  /** Does the work of one job; throws a {@link TargetFailure}-like error when it cannot. */
  run: (job: PublishJob, signal: AbortSignal) => Promise<JobResult>
  now?: () => Date
  backoff?: Backoff
}

/** The longest a timer is set for; a later job is looked at again then (timers overflow). */
const MAX_TIMER_MS = 60 * 60_000

/**
 * Runs publish jobs one at a time, in the order they are due: at once, at their scheduled time, or
 * after a backoff when the target could not be reached. A job found `running` when the runner
 * starts was cut off by a crash or a quit, and runs again (publishing the same revision twice
 * does no harm: WordPress posts are updated by id, folder pages are rewritten).
 */
export class JobRunner {
  private timer: ReturnType<typeof setTimeout> | undefined
  private active: { id: string; controller: AbortController; done: Promise<void> } | null = null
  private stopped = false
  private readonly now: () => Date
  private readonly backoff: Backoff

  constructor(private readonly options: JobRunnerOptions) {
    this.now = options.now ?? (() => new Date())
    this.backoff = options.backoff ?? DEFAULT_BACKOFF
  }

  /** Picks up the jobs left by the last run (missed scheduled ones run now). */
  async start(): Promise<void> {
    for (const job of this.options.store.pending())
      if (job.state === 'running')
        await this.options.store.update(job.id, () => ({ state: 'queued' }))
    this.kick()
  }

  /** Looks for due work now (after a job is added, retried or cancelled). */
  kick(): void {
    if (this.stopped || this.active) return
    clearTimeout(this.timer)
    const pending = this.options.store
      .pending()
      .filter((j) => j.state === 'queued' || j.state === 'waiting')
      .sort((a, b) => Date.parse(a.runAt) - Date.parse(b.runAt))
    const next = pending[0]
    if (!next) return
    const wait = Date.parse(next.runAt) - this.now().getTime()
    if (wait > 0) {
      this.timer = setTimeout(() => this.kick(), Math.min(wait, MAX_TIMER_MS))
      this.timer.unref?.()
      return
    }
    const controller = new AbortController()
    const done = this.execute(next, controller.signal).finally(() => {
      this.active = null
      this.kick()
    })
    this.active = { id: next.id, controller, done }
  }

  /** Stops the job running now (it is marked cancelled) or drops a queued one. */
  async cancel(id: string): Promise<void> {
    if (this.active?.id === id) {
      this.active.controller.abort()
      await this.active.done
    }
  }

  /** Stops running jobs (a running one is left `running`, and runs again at the next start). */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    if (this.active) {
      this.active.controller.abort()
      await this.active.done.catch(() => undefined)
    }
  }

  private async execute(job: PublishJob, signal: AbortSignal): Promise<void> {
    const { store } = this.options
    const stamp = () => this.now().toISOString()
    const running = await store.update(job.id, (j) => ({
      state: 'running',
      attempts: j.attempts + 1,
      updatedAt: stamp(),
    }))
    try {
      const result = await this.options.run(running, signal)
      await store.update(job.id, () => ({
        state: 'done',
        result,
        error: null,
        updatedAt: stamp(),
      }))
    } catch (error) {
      if (this.stopped) return
      if (signal.aborted) {
        await store.update(job.id, () => ({ state: 'cancelled', updatedAt: stamp() }))
        return
      }
      const failure = asFailure(error)
      const jobError: PublishJobError = {
        code: failure.code.slice(0, 200),
        message: failure.message.slice(0, 4_000),
        ...(failure.status !== undefined ? { status: failure.status } : {}),
      }
      await store.update(job.id, (j) =>
        failure.retryable
          ? {
              state: 'waiting',
              error: jobError,
              runAt: new Date(
                this.now().getTime() + retryDelay(j.attempts, this.backoff),
              ).toISOString(),
              updatedAt: stamp(),
            }
          : { state: 'failed', error: jobError, updatedAt: stamp() },
      )
    }
  }
}
