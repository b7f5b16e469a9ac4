import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CommentSummary } from '../../shared/comments/comment-schema'
import { useI18n } from '../i18n/i18n'
import { InertText, showBidiControls } from './inert-text'
import type { CommentQueue } from './use-comment-queue'

/** Every row is this tall (px), so the list can place any row without measuring the others. */
export const ROW_HEIGHT = 88
/** Rows drawn beyond the visible ones, so a quick j/k or scroll does not show blanks. */
const OVERSCAN = 6

interface CommentListProps {
  queue: CommentQueue
  label: string
  current: number
  /** Bumped when the moderator moved (j/k, an action): the current row then takes the focus. */
  focusToken: number
  /**
   * The last token the focus was moved for. Owned by the panel, so a list remounted for a new
   * filter does not take the focus from the search box the moderator is typing in.
   */
  honoured: { current: number }
  selected: ReadonlySet<string>
  readOnly: boolean
  onCurrent: (index: number) => void
  onToggle: (comment: CommentSummary) => void
}

/**
 * The queue as a virtual list: only the rows in view (plus a few) are in the page, placed at
 * their offset in a box as tall as the whole queue, so 100,000 comments cost what 30 do. Pages
 * load as they scroll into view. The current row is marked and, after a move, focused.
 */
export function CommentList(props: CommentListProps) {
  const { queue, current, focusToken, honoured, selected, onCurrent, onToggle } = props
  const { t, formatDate } = useI18n()
  const scroller = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  const total = queue.total ?? 0
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN)

  useEffect(() => {
    const element = scroller.current
    if (!element) return
    const observer = new ResizeObserver(() => setHeight(element.clientHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (total > 0) queue.loadRange(first, Math.max(first, last))
  }, [queue.loadRange, first, last, total])

  // Keeps the current row in view after a move.
  useLayoutEffect(() => {
    void focusToken
    const element = scroller.current
    if (!element) return
    const top = current * ROW_HEIGHT
    let next = element.scrollTop
    if (top < next) next = top
    else if (top + ROW_HEIGHT > next + element.clientHeight)
      next = top + ROW_HEIGHT - element.clientHeight
    if (next !== element.scrollTop) {
      element.scrollTop = next
      setScrollTop(next)
    }
  }, [current, focusToken])

  // Focuses the current row once it is drawn and loaded (its page may still be on its way).
  useEffect(() => {
    if (honoured.current === focusToken) return
    if (queue.total === 0) {
      honoured.current = focusToken
      return
    }
    const button = scroller.current?.querySelector<HTMLElement>(
      `li[data-index="${current}"] .comment-row-main`,
    )
    if (button) {
      button.focus({ preventScroll: true })
      honoured.current = focusToken
    }
  })

  const rows = []
  for (let i = first; i <= last; i++) {
    const comment = queue.rowAt(i)
    const style = { top: i * ROW_HEIGHT, height: ROW_HEIGHT }
    if (!comment) {
      rows.push(
        <li
          key={`loading-${i}`}
          className="comment-row loading"
          style={style}
          aria-setsize={total}
          aria-posinset={i + 1}
        >
          {t('comments.loadingRow')}
        </li>,
      )
      continue
    }
    const isCurrent = i === current
    const name = comment.author.name || t('comments.anonymous')
    rows.push(
      <li
        key={comment.id}
        data-index={i}
        className={`comment-row status-${comment.status}${isCurrent ? ' current' : ''}`}
        style={style}
        aria-setsize={total}
        aria-posinset={i + 1}
      >
        <input
          type="checkbox"
          aria-label={t('comments.selectRow', { name: showBidiControls(name) })}
          checked={selected.has(comment.id)}
          tabIndex={isCurrent ? 0 : -1}
          disabled={props.readOnly}
          onChange={() => onToggle(comment)}
        />
        <button
          type="button"
          className="comment-row-main"
          aria-current={isCurrent ? 'true' : undefined}
          tabIndex={isCurrent ? 0 : -1}
          onClick={() => onCurrent(i)}
        >
          <span className="row-head">
            <bdi className="row-author">
              <InertText text={name} />
            </bdi>
            <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
          </span>
          <span className="row-article" dir="auto">
            <InertText text={comment.articleTitle || t('comments.noArticle')} />
          </span>
          <span className="row-excerpt" dir="auto">
            <InertText text={comment.body.slice(0, 300).replace(/\s+/g, ' ')} />
          </span>
        </button>
      </li>,
    )
  }

  return (
    <div
      ref={scroller}
      className="comment-list-scroller"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul className="comment-list" aria-label={props.label} style={{ height: total * ROW_HEIGHT }}>
        {rows}
      </ul>
      {queue.total === 0 && (
        <p className="empty" role="status">
          {t('comments.emptyQueue')}
        </p>
      )}
    </div>
  )
}
