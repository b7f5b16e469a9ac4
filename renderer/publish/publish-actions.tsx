import { type ReactNode, useId } from 'react'
import type { Publication } from '../../shared/publish/publication-schema'
import { useI18n } from '../i18n/i18n'
import { linkHref } from './view-link'

interface PublishActionsProps {
  /** The article's live (or scheduled) record on the chosen target, if it has one. */
  publication: Publication | undefined
  /** The site is behind the editor: offer "Update published". */
  outdated: boolean
  /** Publish, Schedule and Update published are refused (blocking checks, read-only, busy…). */
  disabled: boolean
  /** The id of the line that says why they are refused, if it is the checklist. */
  describedBy: string | undefined
  /** Unpublish and Preview are refused (read-only, busy). */
  busy: boolean
  /** The article's scheduled date (from Article settings), or null. */
  scheduledAt: string | null
  note: string
  onNote: (note: string) => void
  onPublish: () => void
  onSchedule: () => void
  onUpdate: () => void
  onUnpublish: () => void
  onSetSchedule: () => void
  onPreview: () => void
}

/** Publish or Update published: the main button, refused with the reason it points at. */
function PrimaryAction(props: {
  disabled: boolean
  describedBy: string | undefined
  onClick: () => void
  children: ReactNode
}) {
  return (
    <button
      className="button primary"
      type="button"
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  )
}

/**
 * The panel's buttons for the chosen target: Publish and Schedule for an article not on it; for
 * one that is, where it is ("View on site"), Unpublish and, once it changed, "Update published"
 * with an optional correction note.
 */
export function PublishActions(props: PublishActionsProps) {
  const { publication, outdated, disabled, describedBy, busy, scheduledAt, note } = props
  const { t, formatDate } = useI18n()
  const id = useId()
  const previewButton = (
    <button className="button" type="button" disabled={busy} onClick={props.onPreview}>
      {t('preview')}
    </button>
  )

  if (!publication) {
    return (
      <div className="publish-actions">
        <div className="actions">
          <PrimaryAction disabled={disabled} describedBy={describedBy} onClick={props.onPublish}>
            {t('publish')}
          </PrimaryAction>
          <button
            className="button"
            type="button"
            disabled={disabled || !scheduledAt}
            aria-describedby={[describedBy, `${id}-schedule`].filter(Boolean).join(' ')}
            onClick={props.onSchedule}
          >
            {t('schedule')}
          </button>
          {previewButton}
        </div>
        {scheduledAt ? (
          <p id={`${id}-schedule`} className="hint">
            {t('scheduleFor', { time: formatDate(scheduledAt) })}
          </p>
        ) : (
          <p id={`${id}-schedule`} className="hint">
            {t('scheduleNeedsDate')}{' '}
            <button className="link-button" type="button" onClick={props.onSetSchedule}>
              {t('setScheduledDate')}
            </button>
          </p>
        )}
      </div>
    )
  }

  const href = linkHref(publication.link)
  const where =
    publication.state === 'scheduled'
      ? t('publication.scheduled', {
          target: publication.targetName,
          time: formatDate(publication.scheduledFor ?? publication.at),
        })
      : t('publication.published', {
          target: publication.targetName,
          time: formatDate(publication.at),
        })
  return (
    <div className="publish-actions">
      <p className="publication">{where}</p>
      {!href && publication.link && (
        <p className="publication-file">
          {t('publishedFile')} <code dir="ltr">{publication.link}</code>
        </p>
      )}
      <div className="actions">
        {href && (
          <a className="button" href={href} target="_blank" rel="noopener">
            {t('viewOnSite')}
          </a>
        )}
        <button className="button" type="button" disabled={busy} onClick={props.onUnpublish}>
          {t('unpublish')}
        </button>
        {previewButton}
      </div>
      {outdated && (
        <div className="update-published">
          <p className="hint">{t('publicationOutdated')}</p>
          <label htmlFor={`${id}-note`}>{t('correctionNote')}</label>
          <textarea
            id={`${id}-note`}
            dir="auto"
            rows={3}
            maxLength={2_000}
            aria-describedby={`${id}-note-hint`}
            value={note}
            onChange={(e) => props.onNote(e.target.value)}
          />
          <p id={`${id}-note-hint`} className="hint">
            {t('correctionHint')}
          </p>
          <div className="actions">
            <PrimaryAction disabled={disabled} describedBy={describedBy} onClick={props.onUpdate}>
              {t('updatePublished')}
            </PrimaryAction>
          </div>
        </div>
      )}
    </div>
  )
}
