import { useId } from 'react'
import type { SiteJob, SiteProblem } from '../../shared/export/site-contract'
import { type I18n, useI18n } from '../i18n/i18n'
import type { SiteExportState } from './use-site-export-job'

/**
 * A running export: a progress bar named for what it measures, and "120 of 1,000 articles" in
 * the UI language's digits. The text is not a live region: read out five times a second it would
 * drown everything else; the outcome is announced once, when it comes.
 */
export function SiteExportProgress({ job }: { job: SiteJob }) {
  const { t } = useI18n()
  const id = useId()
  const phase =
    job.phase === 'checking' || job.phase === 'finishing' ? t(`sitePhase.${job.phase}`) : null
  return (
    <div className="site-export-progress">
      <progress
        aria-label={t('siteProgressLabel')}
        aria-describedby={`${id}-count`}
        max={Math.max(job.total, 1)}
        // Until the articles are counted the bar is indeterminate rather than stuck at zero.
        value={job.total > 0 ? job.done : undefined}
      />
      <p id={`${id}-count`}>
        {job.total > 0 && t('siteProgress', { done: job.done, total: job.total })}
        {job.total > 0 && phase && ' · '}
        {phase}
      </p>
    </div>
  )
}

/** The message of an ended job or of a failure, as one piece of text. */
function summary(state: SiteExportState, i18n: ReturnType<typeof useI18n>): string | null {
  const { t, plural } = i18n
  if (state.kind !== 'job') return null
  const { job } = state
  if (job.state === 'cancelled') return t('siteCancelled')
  if (job.state !== 'done' || !job.result) return null
  const r = job.result
  if (r.upToDate) return t('siteUpToDate')
  return t('siteExported', {
    articles: plural('siteArticleCount', r.articles),
    written: r.written,
    unchanged: r.unchanged,
    removed: r.removed,
  })
}

/**
 * How the export went. Success and cancellation go in a status region that is always there (so
 * screen readers announce the change); a failure is an alert. Warnings come from the backend.
 */
/** Why an export was refused or failed, in the UI's language when the backend said why. */
function failureText(i18n: I18n, problem: SiteProblem | null, message: string): string {
  return problem && problem !== 'other' ? i18n.t(`siteProblem.${problem}`) : message
}

export function SiteExportOutcome({ state }: { state: SiteExportState }) {
  const i18n = useI18n()
  const { t } = i18n
  const failure =
    state.kind === 'error'
      ? failureText(i18n, state.problem, state.message)
      : state.kind === 'job' && state.job.state === 'failed'
        ? failureText(i18n, state.job.problem, state.job.error ?? '')
        : null
  const warnings = (state.kind === 'job' && state.job.result?.warnings) || []
  const text = summary(state, i18n)
  return (
    <>
      <div className="site-export-status" role="status">
        {text && <p>{text}</p>}
        {warnings.length > 0 && (
          <ul aria-label={t('siteWarnings')}>
            {warnings.map((warning) => (
              <li key={warning}>{t(`siteWarning.${warning}`)}</li>
            ))}
          </ul>
        )}
      </div>
      {failure !== null && (
        <p className="error" role="alert">
          {t('siteExportFailed', { message: failure })}
        </p>
      )}
    </>
  )
}
