import { memo, useId, useState } from 'react'
import type { WorkflowEvent } from '../../shared/publish/publication-schema'
import { useI18n } from '../i18n/i18n'
import { useWorkflow } from './use-workflow'

/** Steps shown at first, and added by each "Show more": the newest are what an editor wants. */
const PAGE = 5

const Step = memo(function Step({ step }: { step: WorkflowEvent }) {
  const { t, formatDate } = useI18n()
  return (
    <li>
      <strong>
        {t('workflowStep', { from: t(`status.${step.from}`), to: t(`status.${step.to}`) })}
      </strong>
      <span dir="auto">{t('workflowBy', { name: step.by || t('workflowUnknown') })}</span>
      <time dateTime={step.at}>{formatDate(step.at)}</time>
      {step.target && (
        <span className="workflow-target" dir="auto">
          {t('workflowTarget', { target: step.target })}
        </span>
      )}
    </li>
  )
})

/**
 * The "Workflow" section of History: every status change of the article (draft → in review →
 * ready → scheduled or published, and back), newest first, with who made it, when, and for
 * publishing the target's name. Steps saved without a display name say "unknown".
 */
export function WorkflowSection({ id, version }: { id: string; version: number }) {
  const { t } = useI18n()
  const { steps, error } = useWorkflow(id, version)
  const [shown, setShown] = useState(PAGE)
  const headingId = useId()
  const newestFirst = steps ? [...steps].reverse() : []
  const left = newestFirst.length - shown

  return (
    <section className="workflow" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('workflow')}</h3>
      {error && (
        <p className="banner error" role="alert">
          {t('workflowFailed', { message: error })}
        </p>
      )}
      {steps && steps.length === 0 && <p className="muted">{t('noWorkflow')}</p>}
      {newestFirst.length > 0 && (
        <ol className="workflow-steps" aria-label={t('workflowSteps')} reversed>
          {newestFirst.slice(0, shown).map((step) => (
            <Step key={`${step.at}:${step.from}:${step.to}`} step={step} />
          ))}
        </ol>
      )}
      {left > 0 && (
        <button className="button show-more" type="button" onClick={() => setShown((n) => n + 20)}>
          {t('showMore', { n: Math.min(20, left), left })}
        </button>
      )}
    </section>
  )
}
