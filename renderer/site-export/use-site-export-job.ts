import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../../shared/api/errors'
import { type SiteJob, SiteProblem, type SiteSelection } from '../../shared/export/site-contract'
import { send } from '../api/send'

/** How often a running export is asked how far it got. */
const POLL_MS = 200

/**
 * Where the site export stands, as the dialog shows it: nothing yet, being started, a job (running
 * or ended, as the backend last reported it), or a failure to start or to reach the job at all.
 */
export type SiteExportState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'job'; job: SiteJob }
  | { kind: 'error'; message: string; problem: SiteProblem | null }

/** What starting an export takes: the folder and which articles. */
export interface SiteExportRequest {
  outDir: string
  articles: SiteSelection
}

/** A call that failed, with the reason the backend gave for refusing a folder, if it did. */
function failed(error: unknown): SiteExportState {
  const problem = error instanceof ApiError ? SiteProblem.safeParse(error.details?.problem) : null
  return {
    kind: 'error',
    message: (error as Error).message,
    problem: problem?.success ? problem.data : null,
  }
}

/** True while an export is being started or is running, when the dialog must not be left. */
export function isBusy(state: SiteExportState): boolean {
  return state.kind === 'starting' || (state.kind === 'job' && state.job.state === 'running')
}

/**
 * Starts a site export job and polls it about every 200 ms until it ends. It lives above the dialog
 * so that the job is still followed (and shown again) if the dialog goes away while it runs.
 */
export function useSiteExportJob() {
  const [state, setState] = useState<SiteExportState>({ kind: 'idle' })
  const job = state.kind === 'job' ? state.job : null

  useEffect(() => {
    if (job?.state !== 'running') return
    let stopped = false
    const timer = setTimeout(() => {
      send('export.siteJob', { jobId: job.jobId }).then(
        (next) => {
          if (!stopped) setState({ kind: 'job', job: next })
        },
        (error: unknown) => {
          if (!stopped) setState(failed(error))
        },
      )
    }, POLL_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [job])

  const start = useCallback(async (request: SiteExportRequest) => {
    setState({ kind: 'starting' })
    try {
      setState({ kind: 'job', job: await send('export.siteStart', request) })
    } catch (error) {
      setState(failed(error))
    }
  }, [])

  /**
   * Asks the job to stop. Polling goes on until the backend says it has; if the request itself
   * fails, the job simply goes on being shown (it may have just ended) and Cancel can be pressed
   * again, while an unreachable backend shows up through the polling.
   */
  const cancel = useCallback(async () => {
    if (job?.state !== 'running') return
    const next = await send('export.siteCancel', { jobId: job.jobId }).catch(() => null)
    if (!next) return
    setState((current) =>
      current.kind === 'job' && current.job.jobId === next.jobId && current.job.state === 'running'
        ? { kind: 'job', job: next }
        : current,
    )
  }, [job])

  /** Forgets an ended export, so the dialog opens on an empty outcome. */
  const reset = useCallback(() => {
    setState((current) => (isBusy(current) ? current : { kind: 'idle' }))
  }, [])

  return { state, start, cancel, reset }
}
