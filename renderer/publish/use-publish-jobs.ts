import { useCallback, useEffect, useRef, useState } from 'react'
import type { PublishJob, PublishJobState } from '../../shared/publish/publish-job'
import { send } from '../api/send'

/** Polling interval while a job of this article is queued, running or waiting. */
export const JOB_POLL_MS = 1_000
/** Slower polling when every unfinished job only runs later (a scheduled one, a long backoff). */
const LATER_POLL_MS = 15_000
/** A job due within this time is polled for at the fast rate. */
const SOON_MS = 20_000

const unfinished: ReadonlySet<PublishJobState> = new Set(['queued', 'running', 'waiting'])

/** True while a job may still change on its own. */
export const isUnfinished = (job: PublishJob): boolean => unfinished.has(job.state)

interface JobEvents {
  /** A job's state changed (or a new one appeared): the panel announces it. */
  onChange: (job: PublishJob) => void
  /** A job ended (done, failed or cancelled): the backend may have saved the article. */
  onFinished: (job: PublishJob) => void
}

/** When to ask again, or null: fast while something runs or is due soon, else slower. */
function nextPoll(jobs: readonly PublishJob[]): number | null {
  const open = jobs.filter(isUnfinished)
  if (open.length === 0) return null
  const now = Date.now()
  const soon = open.some((job) => job.state === 'running' || Date.parse(job.runAt) - now < SOON_MS)
  return soon ? JOB_POLL_MS : LATER_POLL_MS
}

/**
 * The publishing jobs of one article, newest first. Jobs run in the backend, so this polls
 * `publish.jobs` while any is unfinished and stops when all are done, failed or cancelled.
 * `track` adds a job just queued from the panel and starts polling at once.
 */
export function usePublishJobs(articleId: string, events: JobEvents) {
  const [jobs, setJobs] = useState<PublishJob[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const known = useRef(new Map<string, PublishJobState>())
  const eventsRef = useRef(events)
  eventsRef.current = events
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const live = useRef(true)
  /** Numbers the requests: only the newest one's answer is shown and schedules the next poll. */
  const seq = useRef(0)

  const take = useCallback((list: PublishJob[], first: boolean) => {
    for (const job of list) {
      const before = known.current.get(job.id)
      known.current.set(job.id, job.state)
      if (first || before === job.state) continue
      eventsRef.current.onChange(job)
      if (!isUnfinished(job) && (before === undefined || unfinished.has(before)))
        eventsRef.current.onFinished(job)
    }
  }, [])

  const poll = useCallback(
    async (first = false) => {
      clearTimeout(timer.current)
      const mine = ++seq.current
      try {
        const list = await send('publish.jobs', { articleId })
        if (!live.current || mine !== seq.current) return
        setError(null)
        take(list, first)
        setJobs(list)
        const delay = nextPoll(list)
        if (delay !== null) timer.current = setTimeout(() => void poll(), delay)
      } catch (e) {
        if (!live.current || mine !== seq.current) return
        setError((e as Error).message)
        timer.current = setTimeout(() => void poll(), LATER_POLL_MS)
      }
    },
    [articleId, take],
  )

  useEffect(() => {
    live.current = true
    known.current = new Map()
    void poll(true)
    return () => {
      live.current = false
      clearTimeout(timer.current)
    }
  }, [poll])

  /** Shows a job the panel just queued (or retried, or cancelled) and polls for what follows. */
  const track = useCallback(
    (job: PublishJob) => {
      const before = known.current.get(job.id)
      known.current.set(job.id, job.state)
      if (before !== job.state) {
        eventsRef.current.onChange(job)
        if (!isUnfinished(job)) eventsRef.current.onFinished(job)
      }
      setJobs((list) => [job, ...(list ?? []).filter((j) => j.id !== job.id)])
      void poll()
    },
    [poll],
  )

  return { jobs, error, track }
}
