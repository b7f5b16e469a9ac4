import { memo, useId } from 'react'
import type { RevisionInfo } from '../../shared/articles/revision-schema'
import { useI18n } from '../i18n/i18n'

interface RevisionListProps {
  revisions: RevisionInfo[]
  readOnly: boolean
  onRestore: (revision: number) => void
}

/** Kept revisions, newest first: time, word count, status, and a Restore button for old ones. */
export const RevisionList = memo(function RevisionList({
  revisions,
  readOnly,
  onRestore,
}: RevisionListProps) {
  const { t, formatDate, plural } = useI18n()
  const prefix = useId()
  return (
    <ol className="revision-list" aria-label={t('revisions')}>
      {revisions.map((r, i) => {
        const describedBy = `${prefix}-${r.revision}`
        return (
          <li key={r.revision}>
            <div id={describedBy} className="revision-meta">
              <strong>{t('revisionLabel', { n: r.revision })}</strong>
              <time dateTime={r.savedAt}>{formatDate(r.savedAt)}</time>
              <span>{plural('words', r.words)}</span>
              {r.by && <span className="saved-by">{t('savedBy', { name: r.by })}</span>}
              <span className={`status-chip ${r.status}`}>{t(`status.${r.status}`)}</span>
              {i === 0 && <span className="current-chip">{t('currentRevision')}</span>}
            </div>
            {i > 0 && (
              <button
                className="button"
                type="button"
                aria-describedby={describedBy}
                disabled={readOnly}
                onClick={() => onRestore(r.revision)}
              >
                {t('restore')}
              </button>
            )}
          </li>
        )
      })}
    </ol>
  )
})
