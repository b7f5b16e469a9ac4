import { setTimeout as sleep } from 'node:timers/promises'
import type { PublishJob } from '../../shared/publish/publish-job'
import { sameTargetName } from '../../shared/publish/target-schema'
import type { Backend } from '../api/dispatch'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { InputError } from './cli-errors'

export interface PublishFlags {
  'data-dir'?: string | undefined
  target?: string | undefined
  schedule?: string | undefined
}

/** How often the command looks at its job while it runs. */
const POLL_MS = 100

/**
 * `midad publish ID [--target N] [--schedule ISO-DATE]` and `midad unpublish ID [--target N]`:
 * queues the job as the app's Publish panel does, runs it, and prints where the article is (the
 * post's link, or the page's file). A refusal or failure exits 2 with the target's own message;
 * a target that cannot be reached leaves the job queued, for the app to retry.
 */
export async function publishCommand(
  action: 'publish' | 'unpublish',
  id: string,
  flags: PublishFlags,
  io: CliIo,
): Promise<void> {
  const job = await withBackend(
    flags['data-dir'],
    io,
    async (backend) => {
      const targetId = flags.target ? await targetIdOf(backend, flags.target) : undefined
      const started =
        action === 'publish'
          ? await call(backend, 'publish.start', {
              id,
              ...(targetId ? { targetId } : {}),
              ...(flags.schedule ? { schedule: scheduleOf(flags.schedule) } : {}),
            })
          : await call(backend, 'publish.unpublish', { id, ...(targetId ? { targetId } : {}) })
      return settle(backend, started)
    },
    { publishJobs: true },
  )
  if (job.state === 'done') {
    io.out(job.result?.link ?? '')
    return
  }
  if (job.state === 'queued' && job.schedule) {
    io.out(`scheduled for ${job.schedule} on ${job.targetName}`)
    io.err(
      'midad: Midad writes the folder at that time while it runs, or at its next start if it was not running.',
    )
    return
  }
  const reason = job.error
    ? `${job.error.message}${job.error.status ? ` (HTTP ${job.error.status}, ${job.error.code})` : ` (${job.error.code})`}`
    : job.state
  if (job.state === 'waiting')
    throw new InputError(
      `${job.targetName} could not be reached: ${reason}. The job is kept and retried when Midad runs.`,
    )
  throw new InputError(`${action === 'publish' ? 'Publishing' : 'Unpublishing'} failed: ${reason}`)
}

/** Waits until the job is done, failed, waiting to retry, or queued for a later time. */
async function settle(backend: Backend, started: PublishJob): Promise<PublishJob> {
  for (;;) {
    const job = (await call(backend, 'publish.jobs', { articleId: started.articleId })).find(
      (j) => j.id === started.id,
    )
    if (!job) throw new InputError('The publish job disappeared.')
    const later = job.state === 'queued' && Date.parse(job.runAt) > Date.now() + 1_000
    if (job.state !== 'queued' && job.state !== 'running') return job
    if (later) return job
    await sleep(POLL_MS)
  }
}

/** A target named by --target: its name (any case) or its id. */
async function targetIdOf(backend: Backend, wanted: string): Promise<string> {
  const { targets } = await call(backend, 'targets.list', {})
  const found = targets.find((t) => t.id === wanted || sameTargetName(t.name, wanted))
  if (!found)
    throw new InputError(
      `There is no target "${wanted}"; the targets are: ${targets.map((t) => t.name).join(', ') || 'none (add one with "midad target add")'}.`,
    )
  return found.id
}

/** --schedule as the API wants it: an ISO date with its offset (a date without one is local). */
function scheduleOf(raw: string): string {
  const time = Date.parse(raw)
  if (Number.isNaN(time))
    throw new InputError(`--schedule must be a date and time, e.g. 2026-12-01T09:00:00+03:00.`)
  return new Date(time).toISOString()
}
