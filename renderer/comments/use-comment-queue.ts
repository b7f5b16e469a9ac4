import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  CommentStatus,
  CommentSummary,
  QueueCounts,
} from '../../shared/comments/comment-schema'
import { send } from '../api/send'

/** Rows per request: small enough to answer fast, large enough that scrolling rarely waits. */
export const PAGE_SIZE = 100

/** Which queue, narrowed by article and search text. */
export interface QueueFilter {
  status: CommentStatus
  articleId: string | null
  query: string
}

/** The loaded part of a queue and how to load more of it. */
export interface CommentQueue {
  /** Rows in the queue under the filter; null before the first page arrived. */
  total: number | null
  /** Every queue's count under the same filter (the tabs show them). */
  counts: QueueCounts | null
  error: string | null
  /** The total as of the latest answer, for tasks that run before the next render. */
  totalNow: () => number | null
  /** The row at an index, if its page is loaded. Reads the latest data, even mid-render. */
  rowAt: (index: number) => CommentSummary | undefined
  /** Where a comment is among the loaded rows, or -1. */
  indexOf: (id: string) => number
  /** Every loaded row, in order ("Select all shown"). */
  loadedRows: () => CommentSummary[]
  /** Loads the pages covering these rows (the list asks for what it shows). */
  loadRange: (first: number, last: number) => void
  /**
   * Loads the shown pages again (after an action, or the poll). Resolves with the new total once
   * they are in, or null when it failed or a newer filter or refresh overtook it.
   */
  refresh: () => Promise<number | null>
}

const filterKey = (f: QueueFilter) => JSON.stringify([f.status, f.articleId, f.query.trim()])

/**
 * A queue that may hold 100,000+ comments, loaded a page at a time as the list scrolls. Pages
 * answered for an older filter or before a refresh are dropped, so rows never mix states.
 */
export function useCommentQueue(filter: QueueFilter): CommentQueue {
  const pages = useRef(new Map<number, CommentSummary[]>())
  const loading = useRef(new Set<number>())
  /** Bumped on a filter change and each refresh: answers of an older epoch are ignored. */
  const epoch = useRef(0)
  const filterRef = useRef(filter)
  const shown = useRef({ first: 0, last: 0 })
  const [meta, setMeta] = useState<
    Pick<CommentQueue, 'total' | 'counts' | 'error'> & { key: string }
  >({
    key: '',
    total: null,
    counts: null,
    error: null,
  })
  const [, setTick] = useState(0)
  const totalRef = useRef<number | null>(null)
  const key = filterKey(filter)
  filterRef.current = filter
  /** The filter now, and the filter the loaded pages belong to: until they match, none show. */
  const keyRef = useRef(key)
  keyRef.current = key
  const pagesKey = useRef('')
  const total = meta.key === key ? meta.total : null
  totalRef.current = total

  const fetchPage = useCallback(async (page: number) => {
    const f = filterRef.current
    const query = f.query.trim()
    return send('comments.list', {
      status: f.status,
      ...(f.articleId ? { articleId: f.articleId } : {}),
      ...(query ? { query } : {}),
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    })
  }, [])

  const loadPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || loading.current.has(page)) return
      const at = epoch.current
      loading.current.add(page)
      fetchPage(page).then(
        (result) => {
          if (at !== epoch.current) return
          loading.current.delete(page)
          pages.current.set(page, result.items)
          totalRef.current = result.total
          setMeta({
            key: pagesKey.current,
            total: result.total,
            counts: result.counts,
            error: null,
          })
          setTick((n) => n + 1)
        },
        (error: unknown) => {
          if (at !== epoch.current) return
          loading.current.delete(page)
          setMeta((m) => ({ ...m, error: (error as Error).message }))
        },
      )
    },
    [fetchPage],
  )

  const loadRange = useCallback(
    (first: number, last: number) => {
      shown.current = { first, last }
      const from = Math.floor(Math.max(0, first) / PAGE_SIZE)
      const to = Math.floor(Math.max(0, last) / PAGE_SIZE)
      for (let page = from; page <= to; page++) loadPage(page)
    },
    [loadPage],
  )

  const refresh = useCallback(async (): Promise<number | null> => {
    const at = ++epoch.current
    loading.current.clear()
    const from = Math.floor(shown.current.first / PAGE_SIZE)
    const to = Math.floor(shown.current.last / PAGE_SIZE)
    const wanted = Array.from({ length: to - from + 1 }, (_, i) => from + i)
    try {
      const results = await Promise.all(wanted.map(fetchPage))
      if (at !== epoch.current) return null
      pages.current = new Map(wanted.map((page, i) => [page, results[i]?.items ?? []]))
      const last = results.at(-1)
      if (last) {
        totalRef.current = last.total
        setMeta({ key: pagesKey.current, total: last.total, counts: last.counts, error: null })
      }
      setTick((n) => n + 1)
      return last?.total ?? null
    } catch (error) {
      if (at === epoch.current) setMeta((m) => ({ ...m, error: (error as Error).message }))
      return null
    }
  }, [fetchPage])

  // A new filter starts from the top with nothing loaded.
  useEffect(() => {
    void key
    epoch.current++
    pages.current = new Map()
    pagesKey.current = key
    loading.current.clear()
    shown.current = { first: 0, last: 0 }
    setMeta((m) => ({ key, total: null, counts: m.counts, error: null }))
    setTick((n) => n + 1)
    loadPage(0)
  }, [key, loadPage])

  const rowAt = useCallback(
    (index: number) =>
      pagesKey.current === keyRef.current
        ? pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
        : undefined,
    [],
  )
  const loadedRows = useCallback(
    () =>
      pagesKey.current !== keyRef.current
        ? []
        : [...pages.current.entries()].sort(([a], [b]) => a - b).flatMap(([, items]) => items),
    [],
  )
  const indexOf = useCallback((id: string) => {
    if (pagesKey.current !== keyRef.current) return -1
    for (const [page, items] of pages.current) {
      const i = items.findIndex((c) => c.id === id)
      if (i >= 0) return page * PAGE_SIZE + i
    }
    return -1
  }, [])

  const totalNow = useCallback(() => totalRef.current, [])
  return {
    total,
    counts: meta.counts,
    error: meta.error,
    totalNow,
    rowAt,
    indexOf,
    loadedRows,
    loadRange,
    refresh,
  }
}
