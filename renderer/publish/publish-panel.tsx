import { useId, useState } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import { type CheckId, canPublish } from '../../shared/publish/pre-publish-checks'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { refusalText } from './check-text'
import { Checklist } from './checklist'
import type { EditSignal } from './edit-signal'
import { JobList, jobLabel } from './job-list'
import { PreviewDialog } from './preview-dialog'
import { PublishActions } from './publish-actions'
import { TargetPicker } from './target-picker'
import { useOutdated } from './use-outdated'
import { usePublishChecks } from './use-publish-checks'
import { usePublishJobs } from './use-publish-jobs'
import { usePublishRunner } from './use-publish-runner'
import { useTargets } from './use-targets'

/** Where the panel sends the editor: a check's field, or the scheduled date. */
export type PublishJump = CheckId | 'scheduledAt'

interface PublishPanelProps {
  id: string
  /** The newest stored version (its revision, status and publication records). */
  article: Article
  /** Edits not yet stored: the site is then behind in any case. */
  unsaved: boolean
  readOnly: boolean
  /** The editor's current fields, unsaved ones included, for the checklist. */
  collect: () => ArticleChanges
  edits: EditSignal
  /** Flushes the autosave; every action starts with it, so what is sent is what is seen. */
  saveNow: () => Promise<void>
  hasUnsaved: () => boolean
  /** The revision the editor is based on now. */
  revision: () => number
  /** Picks up the revision a finished job saved. */
  refresh: () => Promise<unknown>
  onJump: (target: PublishJump) => void
  onClose: () => void
}

/**
 * The Publish panel, in the editor's side column: the target, Publish / Schedule / Update
 * published / Unpublish, a preview, the pre-publish checklist of the article as it is in the
 * editor (blocking items disable publishing), and the article's jobs as they run in the backend.
 */
export function PublishPanel(props: PublishPanelProps) {
  const { id, article, readOnly, refresh } = props
  const i18n = useI18n()
  const { t } = i18n
  const blockedId = useId()
  const { targets, error: targetsError } = useTargets()
  const { items, fields } = usePublishChecks({
    id,
    article,
    collect: props.collect,
    edits: props.edits,
    targets: targets?.length ?? 0,
  })
  const [chosen, setChosen] = useState('')
  const target = targets?.find((x) => x.id === chosen) ?? targets?.[0]
  const publication = target
    ? article.publications?.find((p) => p.targetId === target.id && p.state !== 'draft')
    : undefined
  const outdated = useOutdated(article, publication, props.unsaved)
  const [note, setNote] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const [preview, setPreview] = useState<number | null>(null)
  const jobs = usePublishJobs(id, {
    onChange: (job) =>
      setAnnouncement(
        t('jobAnnouncement', { job: jobLabel(job, i18n), state: t(`jobState.${job.state}`) }),
      ),
    // A finished job saved the article (its status, its records): the editor takes that revision.
    onFinished: () => void refresh().catch(() => undefined),
  })
  const { busy, failure, run } = usePublishRunner({
    saveNow: props.saveNow,
    hasUnsaved: props.hasUnsaved,
    track: jobs.track,
    wordRefusal: (error) => refusalText(error, items, fields.slug, i18n),
    notSaved: () => t('publishSaveFirst'),
  })

  const targetId = target?.id
  const scheduledAt = fields.scheduledAt ?? null
  const blocked = !canPublish(items)
  const correction = note.trim() ? { correction: note.trim() } : {}
  // Updating a scheduled article keeps it scheduled.
  const keepSchedule =
    publication?.state === 'scheduled' && scheduledAt ? { schedule: scheduledAt } : {}

  return (
    <section id="publish-panel" className="side-panel publish-panel" aria-label={t('publishPanel')}>
      <div className="history-header">
        <h2>{t('publishPanel')}</h2>
        <button className="button" type="button" onClick={props.onClose}>
          {t('closePublishPanel')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {targetsError && (
        <p className="banner error" role="alert">
          {t('targetsFailed', { message: targetsError })}
        </p>
      )}
      {targets && <TargetPicker targets={targets} value={targetId} onChange={setChosen} />}
      <PublishActions
        publication={publication}
        outdated={outdated}
        disabled={readOnly || busy || !target || blocked}
        describedBy={blocked ? blockedId : undefined}
        busy={readOnly || busy}
        scheduledAt={scheduledAt}
        note={note}
        onNote={setNote}
        onPublish={() => void run(() => send('publish.start', { id, targetId }))}
        onSchedule={() =>
          scheduledAt &&
          void run(() => send('publish.start', { id, targetId, schedule: scheduledAt }))
        }
        onUpdate={() =>
          void run(async () => {
            const job = await send('publish.start', {
              id,
              targetId,
              ...correction,
              ...keepSchedule,
            })
            setNote('')
            return job
          })
        }
        onUnpublish={() => {
          const title = fields.title || t('untitled')
          if (!window.confirm(t('confirmUnpublish', { title, target: target?.name ?? '' }))) return
          void run(() => send('publish.unpublish', { id, targetId }))
        }}
        onSetSchedule={() => props.onJump('scheduledAt')}
        onPreview={() => void props.saveNow().then(() => setPreview(props.revision()))}
      />
      {blocked && (
        <p id={blockedId} className="hint">
          {t('publishBlocked')}
        </p>
      )}
      {failure && (
        <p className="banner error" role="alert">
          {failure}
        </p>
      )}
      <h3>{t('prePublishChecks')}</h3>
      <Checklist items={items} slug={fields.slug} onJump={props.onJump} />
      <h3>{t('publishJobs')}</h3>
      {jobs.error && (
        <p className="banner error" role="alert">
          {t('jobsFailed', { message: jobs.error })}
        </p>
      )}
      {jobs.jobs && (
        <JobList
          jobs={jobs.jobs}
          readOnly={readOnly}
          onRetry={(job) => void run(() => send('publish.retry', { jobId: job.id }), false)}
          onCancel={(job) => void run(() => send('publish.cancel', { jobId: job.id }), false)}
        />
      )}
      {preview !== null && (
        <PreviewDialog
          id={id}
          revision={preview}
          title={fields.title}
          onClosed={() => setPreview(null)}
        />
      )}
    </section>
  )
}
