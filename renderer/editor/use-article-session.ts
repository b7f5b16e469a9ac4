import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../shared/api/errors'
import type { Article } from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import { docToPlainText } from '../../shared/doc/doc-text'
import { docFigures } from '../../shared/media/doc-images'
import { send } from '../api/send'
import { sameText } from '../publish/article-text'

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
  /** The article as loaded (or restored): what the editor was filled with. */
  article: Article | null
  /**
   * The newest stored version this copy is based on: the loaded one, then each save's result or
   * a revision adopted from the backend (with its status and publication records).
   */
  latest: Article | null
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
  /**
   * Picks up a newer stored revision whose text is this copy's last saved text (the backend moved
   * only the status or the publication records, e.g. after a publish job): its revision becomes
   * the base of the next save, unsaved edits stay unsaved. Resolves to whether it was adopted.
   */
  refresh: () => Promise<boolean>
  /** True while edits are not yet stored (pending, being saved, or refused). */
  hasUnsaved: () => boolean
}

/**
 * Called when a newer revision was adopted, with the version it replaces, before any later save
 * collects the fields: the editor takes the new status unless the editor changed it meanwhile.
 */
export type OnAdopted = (latest: Article, previous: Article) => void

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
  onAdopted?: OnAdopted,
): ArticleSession {
  const [article, setArticle] = useState<Article | null>(null)
  const [latest, setLatestValue] = useState<Article | null>(null)
  /** The newest stored version this copy is based on (see {@link ArticleSession.latest}). */
  const stored = useRef<Article | null>(null)
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
  const onAdoptedRef = useRef(onAdopted)
  onAdoptedRef.current = onAdopted

  const setLatest = useCallback((next: Article) => {
    stored.current = next
    setLatestValue(next)
  }, [])

  /**
   * Makes `next` the base of this copy when it only differs from the last stored version in what
   * the backend owns; false (nothing changed) when its text differs or it is not newer.
   */
  const adopt = useCallback(
    (next: Article): boolean => {
      const previous = stored.current
      if (!previous || next.revision <= revision.current || !sameText(previous, next)) return false
      revision.current = next.revision
      setLatest(next)
      onAdoptedRef.current?.(next, previous)
      onSavedRef.current(next)
      return true
    },
    [setLatest],
  )

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
        setLatest(loaded)
        setArticle(loaded)
      },
      (error: unknown) => !cancelled && setLoadError((error as Error).message),
    )
    return () => {
      cancelled = true
    }
  }, [id, setLatest])

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
    const save = () =>
      send('articles.save', { id, baseRevision: revision.current, changes: collectRef.current() })
    const run = (async () => {
      try {
        let saved: Article
        try {
          saved = await save()
        } catch (error) {
          // Refused as stale: when the newer revision is the backend's own (a publish job moved
          // the status or the publication records), save on top of it once, without a banner.
          if (!(error instanceof ApiError && error.code === 'conflict')) throw error
          const current = await send('articles.get', { id }).catch(() => null)
          if (!current || !adopt(current)) throw error
          saved = await save()
        }
        revision.current = saved.revision
        setLatest(saved)
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
  }, [id, setSaveState, adopt, setLatest])

  const markDirty = useCallback(() => {
    dirty.current = true
    if (state.current !== 'conflict' && state.current !== 'saving') setSaveState('unsaved')
    if (state.current === 'conflict') return
    clearTimeout(timer.current)
    timer.current = setTimeout(saveNow, AUTOSAVE_DELAY_MS)
  }, [saveNow, setSaveState])

  const overwrite = useCallback(async () => {
    const current = await send('articles.get', { id })
    revision.current = current.revision
    setLatest(current)
    setConflictRevision(null)
    setSaveState('unsaved')
    dirty.current = true
    await saveNow()
  }, [id, saveNow, setSaveState, setLatest])

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
      setLatest(next)
      setConflictRevision(null)
      setSaveError(null)
      setSaveState('saved')
      setArticle(next)
    },
    [setSaveState, setLatest],
  )

  const refresh = useCallback(async (): Promise<boolean> => {
    await inFlight.current
    const current = await send('articles.get', { id })
    // A save that started meanwhile is based on the old revision: its conflict adopts this one.
    if (inFlight.current || state.current === 'conflict') return false
    return adopt(current)
  }, [id, adopt])

  const hasUnsaved = useCallback(() => dirty.current || inFlight.current !== null, [])

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
    latest,
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
    refresh,
    hasUnsaved,
  }
}
