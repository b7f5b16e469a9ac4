import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../shared/api/errors'
import type { Article } from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import { docToPlainText } from '../../shared/doc/doc-text'
import { docFigures } from '../../shared/media/doc-images'
import { send } from '../api/send'

/**
 * True when an article has no title, standfirst, body text, image or featured image: nothing an
 * editor put in it.
 */
function isBlank(fields: ArticleChanges): boolean {
  return (
    !fields.title?.trim() &&
    !fields.standfirst?.trim() &&
    !fields.featuredImage &&
    (!fields.body || (!docToPlainText(fields.body).trim() && docFigures(fields.body).length === 0))
  )
}

/** The save error when the backend did not answer at all; the UI words it in its language. */
export const UNREACHABLE = 'unreachable'

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict'

/** Autosave fires this long after the last change (the spec asks for under one second). */
export const AUTOSAVE_DELAY_MS = 700

export interface ArticleSession {
  article: Article | null
  loadError: string | null
  saveState: SaveState
  saveError: string | null
  /** The revision that won, when a save was refused as stale. */
  conflictRevision: number | null
  /** Call after every edit: marks the article unsaved and (re)starts the autosave timer. */
  markDirty: () => void
  /** Saves at once (Ctrl+S, leaving the article). Does nothing when there is nothing to save. */
  saveNow: () => Promise<void>
  /** Resolves a conflict by saving this copy on top of the winning revision. */
  overwrite: () => Promise<void>
  /** Deletes the article (cancelling any pending autosave). */
  remove: () => Promise<void>
  /** The revision this copy is based on now (it moves with every save). */
  revision: () => number
  /** Shows a version saved elsewhere in this window (a restored revision) as the current one. */
  replace: (article: Article) => void
}

/**
 * Loads one article and keeps it saved: debounced autosave, explicit save, and revision checks.
 * `collect` returns the editor's current fields; it is called only when saving, so typing never
 * serialises the document.
 */
export function useArticleSession(
  id: string,
  collect: () => ArticleChanges,
  onSaved: (article: Article) => void,
  onDiscarded: (id: string) => void,
  /** The article was just created here, so it is blank at revision 1 even before it loads. */
  fresh = false,
): ArticleSession {
  const [article, setArticle] = useState<Article | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [saveState, setSaveStateValue] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<string | null>(null)
  const [conflictRevision, setConflictRevision] = useState<number | null>(null)
  const state = useRef<SaveState>('saved')
  const revision = useRef(0)
  const dirty = useRef(false)
  const inFlight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const collectRef = useRef(collect)
  collectRef.current = collect
  const onSavedRef = useRef(onSaved)
  onSavedRef.current = onSaved
  const onDiscardedRef = useRef(onDiscarded)
  onDiscardedRef.current = onDiscarded

  const setSaveState = useCallback((next: SaveState) => {
    state.current = next
    setSaveStateValue(next)
  }, [])

  useEffect(() => {
    let cancelled = false
    send('articles.get', { id }).then(
      (loaded) => {
        if (cancelled) return
        revision.current = loaded.revision
        setArticle(loaded)
      },
      (error: unknown) => !cancelled && setLoadError((error as Error).message),
    )
    return () => {
      cancelled = true
    }
  }, [id])

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current)
    if (inFlight.current) {
      await inFlight.current
      if (dirty.current) return saveNow()
      return
    }
    if (!dirty.current || state.current === 'conflict' || revision.current === 0) return
    dirty.current = false
    setSaveState('saving')
    const run = (async () => {
      try {
        const saved = await send('articles.save', {
          id,
          baseRevision: revision.current,
          changes: collectRef.current(),
        })
        revision.current = saved.revision
        setSaveError(null)
        setSaveState(dirty.current ? 'unsaved' : 'saved')
        onSavedRef.current(saved)
      } catch (error) {
        dirty.current = true
        if (error instanceof ApiError && error.code === 'conflict') {
          setConflictRevision(Number(error.details?.currentRevision ?? 0))
          setSaveState('conflict')
        } else {
          const unreachable = error instanceof ApiError && error.code === 'unavailable'
          setSaveError(unreachable ? UNREACHABLE : (error as Error).message)
          setSaveState('error')
        }
      }
    })()
    inFlight.current = run
    await run
    inFlight.current = null
    if (dirty.current && state.current === 'unsaved')
      timer.current = setTimeout(saveNow, AUTOSAVE_DELAY_MS)
  }, [id, setSaveState])

  const markDirty = useCallback(() => {
    dirty.current = true
    if (state.current !== 'conflict' && state.current !== 'saving') setSaveState('unsaved')
    if (state.current === 'conflict') return
    clearTimeout(timer.current)
    timer.current = setTimeout(saveNow, AUTOSAVE_DELAY_MS)
  }, [saveNow, setSaveState])

  const overwrite = useCallback(async () => {
    const latest = await send('articles.get', { id })
    revision.current = latest.revision
    setConflictRevision(null)
    setSaveState('unsaved')
    dirty.current = true
    await saveNow()
  }, [id, saveNow, setSaveState])

  const remove = useCallback(async () => {
    clearTimeout(timer.current)
    await inFlight.current
    await send('articles.delete', { id, baseRevision: revision.current })
    dirty.current = false
  }, [id])

  const currentRevision = useCallback(() => revision.current, [])

  const replace = useCallback(
    (next: Article) => {
      clearTimeout(timer.current)
      dirty.current = false
      revision.current = next.revision
      setConflictRevision(null)
      setSaveError(null)
      setSaveState('saved')
      setArticle(next)
    },
    [setSaveState],
  )

  // Closing the window with unsaved text: save it, and ask the browser to confirm leaving.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current && !inFlight.current) return
      void saveNow()
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [saveNow])

  // Leaving the article (switching, closing the pane) saves what is pending, and drops a new
  // article that was never written in, so "New article" leaves no empty drafts behind.
  useEffect(
    () => () => {
      clearTimeout(timer.current)
      if (dirty.current && state.current !== 'conflict') void saveNow()
      else if (
        !dirty.current &&
        (revision.current === 1 || (fresh && revision.current === 0)) &&
        isBlank(collectRef.current())
      ) {
        send('articles.delete', { id, baseRevision: 1 }).then(
          () => onDiscardedRef.current(id),
          () => undefined,
        )
      }
    },
    [id, fresh, saveNow],
  )

  return {
    article,
    loadError,
    saveState,
    saveError,
    conflictRevision,
    markDirty,
    saveNow,
    overwrite,
    remove,
    revision: currentRevision,
    replace,
  }
}
