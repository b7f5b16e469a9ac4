import type { PublishJob } from '../../shared/publish/publish-job'
import { type I18n, useI18n } from '../i18n/i18n'
import { isUnfinished } from './use-publish-jobs'
import { linkHref } from './view-link'

/** The sign of each state, beside its word, so colour is never the only cue. */
const icons = {
  queued: '◷',
  running: '⟳',
  waiting: '⏸',
  done: '✓',
  failed: '✗',
  cancelled: '–',
} as const

/** Jobs shown; older ones are in the data directory's job file. */
const SHOWN = 8

/** What a job does, in words: publish, schedule or unpublish, and where. */
export function jobLabel(job: PublishJob, { t, formatDate }: I18n): string {
  const target = job.targetName
  if (job.action === 'unpublish') return t('job.unpublish', { target })
  if (job.schedule) return t('job.schedule', { target, time: formatDate(job.schedule) })
  return t('job.publish', { target })
}

interface JobListProps {
  jobs: readonly PublishJob[]
  readOnly: boolean
  onRetry: (job: PublishJob) => void
  onCancel: (job: PublishJob) => void
}

/**
 * The article's publishing jobs, newest first: what each does, its state in words (with the
 * next attempt and the target's own error while it waits, the link when done, the error when it
 * failed), Retry for a failed or waiting one and Cancel for one not finished.
 */
export function JobList({ jobs, readOnly, onRetry, onCancel }: JobListProps) {
  const i18n = useI18n()
  const { t, formatDate } = i18n
  if (jobs.length === 0) return <p className="muted">{t('noPublishJobs')}</p>
  return (
    <ul className="publish-jobs" aria-label={t('publishJobs')}>
      {jobs.slice(0, SHOWN).map((job) => {
        const href = job.result ? linkHref(job.result.link) : null
        return (
          <li key={job.id} className={`publish-job ${job.state}`}>
            <p className="job-head">
              <span className="job-state">
                <span aria-hidden="true">{icons[job.state]}</span> {t(`jobState.${job.state}`)}
              </span>{' '}
              <span>{jobLabel(job, i18n)}</span>{' '}
              <time className="muted" dateTime={job.updatedAt}>
                {formatDate(job.updatedAt)}
              </time>
            </p>
            {job.state === 'queued' && Date.parse(job.runAt) > Date.now() && (
              <p>{t('jobQueuedFor', { time: formatDate(job.runAt) })}</p>
            )}
            {job.state === 'waiting' && (
              <p>{t('jobNextAttempt', { time: formatDate(job.runAt) })}</p>
            )}
            {job.error && (job.state === 'waiting' || job.state === 'failed') && (
              <p className="job-error">
                {t('jobError')} <bdi dir="auto">{job.error.message}</bdi>
              </p>
            )}
            {job.correction && (
              <p>
                {t('jobCorrection')} <bdi dir="auto">{job.correction}</bdi>
              </p>
            )}
            {job.state === 'done' && job.result && job.action === 'publish' && (
              <p>
                {t('jobResult')}{' '}
                {href ? (
                  <a href={href} target="_blank" rel="noopener" dir="ltr">
                    {job.result.link}
                  </a>
                ) : (
                  <bdi dir="ltr">{job.result.link}</bdi>
                )}
              </p>
            )}
            {!readOnly && (job.state === 'failed' || isUnfinished(job)) && (
              <div className="actions">
                {(job.state === 'failed' || job.state === 'waiting') && (
                  <button className="button" type="button" onClick={() => onRetry(job)}>
                    {t('retry')}
                  </button>
                )}
                {isUnfinished(job) && (
                  <button className="button" type="button" onClick={() => onCancel(job)}>
                    {t('cancel')}
                  </button>
                )}
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
