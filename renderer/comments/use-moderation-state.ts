import { useCallback, useRef, useState } from 'react'
import type { CommentSummary } from '../../shared/comments/comment-schema'
import { type CommentQueue, type QueueFilter, useCommentQueue } from './use-comment-queue'

/** The panel's queue, where the moderator is in it, and what is selected. */
export interface ModerationState {
  filter: QueueFilter
  queue: CommentQueue
  current: number
  /** The current index as of now, for tasks that run after a render or two. */
  currentRef: { readonly current: number }
  focusToken: number
  /** The last focus token the list acted on (see CommentList). */
  honoured: { current: number }
  selected: ReadonlySet<string>
  selectedRef: { readonly current: ReadonlySet<string> }
  setCurrent: (index: number, focus: boolean) => void
  /** Focuses the current row again (after a form closes). */
  refocus: () => void
  setSelected: (next: ReadonlySet<string>) => void
  toggle: (comment: CommentSummary) => void
  changeFilter: (patch: Partial<QueueFilter>, focus: boolean) => void
  /** j/k: the next or previous row; from outside the panel, back to the current row first. */
  move: (step: number) => void
  /** Reloads the shown rows; the current comment stays current, or the next takes its place. */
  reload: (preferId?: string, focus?: boolean) => Promise<void>
}

/**
 * The moderation panel's state. Indexes and the selection are mirrored in refs, so a task
 * queued behind an action reads where the action left the moderator, not a stale render.
 */
export function useModerationState(): ModerationState {
  const [filter, setFilter] = useState<QueueFilter>({
    status: 'pending',
    articleId: null,
    query: '',
  })
  const filterRef = useRef(filter)
  const queue = useCommentQueue(filter)
  const [current, setCurrentState] = useState(0)
  const currentRef = useRef(0)
  /** Starts at 1: the first row takes the focus when the panel opens, ready for j/k/a. */
  const [focusToken, setFocusToken] = useState(1)
  const honoured = useRef(0)
  const [selected, setSelectedState] = useState<ReadonlySet<string>>(new Set())
  const selectedRef = useRef<ReadonlySet<string>>(selected)
  const { rowAt, indexOf, refresh, totalNow } = queue

  const setCurrent = useCallback((index: number, focus: boolean) => {
    currentRef.current = index
    setCurrentState(index)
    if (focus) setFocusToken((n) => n + 1)
  }, [])
  const setSelected = useCallback((next: ReadonlySet<string>) => {
    selectedRef.current = next
    setSelectedState(next)
  }, [])

  const reload = useCallback(
    async (preferId?: string, focus = true) => {
      const before = rowAt(currentRef.current)?.id
      const total = await refresh()
      if (total === null) return
      let index = preferId ? indexOf(preferId) : -1
      if (index < 0 && before) index = indexOf(before)
      if (index < 0) index = Math.min(currentRef.current, Math.max(0, total - 1))
      setCurrent(index, focus)
    },
    [rowAt, indexOf, refresh, setCurrent],
  )

  const changeFilter = useCallback(
    (patch: Partial<QueueFilter>, focus: boolean) => {
      const next = { ...filterRef.current, ...patch }
      if (JSON.stringify(next) === JSON.stringify(filterRef.current)) {
        if (focus) setFocusToken((n) => n + 1)
        return
      }
      filterRef.current = next
      setFilter(next)
      setSelected(new Set())
      setCurrent(0, focus)
    },
    [setCurrent, setSelected],
  )

  const move = useCallback(
    (step: number) => {
      // From outside the panel (the header, nothing focused), the first key only comes back.
      const inPanel = Boolean(document.activeElement?.closest('.moderation-view'))
      const last = Math.max(0, (totalNow() ?? 0) - 1)
      const to = inPanel ? currentRef.current + step : currentRef.current
      setCurrent(Math.min(last, Math.max(0, to)), true)
    },
    [totalNow, setCurrent],
  )

  const toggle = useCallback(
    (comment: CommentSummary) => {
      const next = new Set(selectedRef.current)
      if (!next.delete(comment.id)) next.add(comment.id)
      setSelected(next)
    },
    [setSelected],
  )

  return {
    filter,
    queue,
    current,
    currentRef,
    focusToken,
    honoured,
    selected,
    selectedRef,
    setCurrent,
    refocus: useCallback(() => setFocusToken((n) => n + 1), []),
    setSelected,
    toggle,
    changeFilter,
    move,
    reload,
  }
}
