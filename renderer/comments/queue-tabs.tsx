import type { KeyboardEvent } from 'react'
import {
  COMMENT_STATUSES,
  type CommentStatus,
  type QueueCounts,
} from '../../shared/comments/comment-schema'
import { useI18n } from '../i18n/i18n'

/** The id of a queue's tab, so the panel can name itself after it. */
export const tabId = (prefix: string, status: CommentStatus) => `${prefix}-tab-${status}`

/**
 * The four queues as tabs, each with its live count. A tab's name is the queue's alone; the count
 * is its description, so "Pending" stays "Pending" as the number changes. Arrow keys move between
 * tabs (mirrored in RTL), Home and End jump to the ends.
 */
export function QueueTabs({
  idPrefix,
  status,
  counts,
  onSelect,
}: {
  idPrefix: string
  status: CommentStatus
  counts: QueueCounts | null
  onSelect: (status: CommentStatus) => void
}) {
  const { t, dir, formatNumber } = useI18n()
  const onKeyDown = (event: KeyboardEvent) => {
    const at = COMMENT_STATUSES.indexOf(status)
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
    const n = COMMENT_STATUSES.length
    const to =
      event.key === forward
        ? (at + 1) % n
        : event.key === back
          ? (at + n - 1) % n
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? n - 1
              : -1
    const next = COMMENT_STATUSES[to]
    if (!next) return
    event.preventDefault()
    onSelect(next)
    document.getElementById(tabId(idPrefix, next))?.focus()
  }
  return (
    <div
      className="queue-tabs"
      role="tablist"
      aria-label={t('comments.queues')}
      onKeyDown={onKeyDown}
    >
      {COMMENT_STATUSES.map((s, i) => (
        <button
          key={s}
          id={tabId(idPrefix, s)}
          type="button"
          role="tab"
          className={`queue-tab queue-${s}`}
          aria-selected={s === status}
          aria-controls={`${idPrefix}-panel`}
          aria-describedby={`${idPrefix}-count-${s}`}
          aria-keyshortcuts={String(i + 1)}
          tabIndex={s === status ? 0 : -1}
          onClick={() => onSelect(s)}
        >
          <span>{t(`comments.status.${s}`)}</span>
          <span id={`${idPrefix}-count-${s}`} className="queue-count" aria-hidden="true">
            {counts ? formatNumber(counts[s]) : '…'}
          </span>
        </button>
      ))}
    </div>
  )
}
