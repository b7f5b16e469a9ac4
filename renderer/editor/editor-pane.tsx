import { type MutableRefObject, useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import { send } from '../api/send'
import { useReadOnly } from '../app/read-only'
import { type ArticleSettings, settingsOf } from '../article-settings/article-settings'
import { ArticleSettingsPanel } from '../article-settings/article-settings-panel'
import { HistoryPanel } from '../history/history-panel'
import { useI18n } from '../i18n/i18n'
import { ArticleEditor } from './article-editor'
import { ConflictBanner } from './conflict-banner'
import { type SaveState, UNREACHABLE, useArticleSession } from './use-article-session'

export interface EditorStatus {
  saveState: SaveState
  saveError: string | null
  words: number
}

interface EditorPaneProps {
  id: string
  autoFocusTitle: boolean
  /** Filled with this pane's save function, for Ctrl+S and the Save button. */
  saveRef: MutableRefObject<(() => Promise<void>) | null>
  onSaved: (article: Article) => void
  onCreated: (article: Article) => void
  onReload: () => void
  onDeleted: (id: string) => void
  /** A new article left blank was dropped. */
  onDiscarded: (id: string) => void
  onStatus: (status: Partial<EditorStatus>) => void
}

/** Loads an article, shows its editor, and keeps it saved; reports save state and words upward. */
export function EditorPane({
  id,
  autoFocusTitle,
  saveRef,
  onSaved,
  onCreated,
  onReload,
  onDeleted,
  onDiscarded,
  onStatus,
}: EditorPaneProps) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const collectRef = useRef<() => ArticleChanges>(() => ({}))
  /** The side column shows one panel at a time. */
  const [side, setSide] = useState<'history' | 'settings' | null>(null)
  /** The article settings as edited; saved with the editor's fields (see `collect`). */
  const [settings, setSettings] = useState<ArticleSettings | null>(null)
  const settingsRef = useRef(settings)
  settingsRef.current = settings
  /** Everything the session saves: the editor's fields and the settings panel's. */
  const collect = useCallback(
    (): ArticleChanges => ({ ...collectRef.current(), ...(settingsRef.current ?? {}) }),
    [],
  )
  /** Bumped by every save, so an open History panel lists the new revision. */
  const [version, setVersion] = useState(0)
  /** Bumped when a restore replaces the text, so the editor is rebuilt with it. */
  const [generation, setGeneration] = useState(0)
  const handleSaved = useCallback(
    (saved: Article) => {
      onSaved(saved)
      setVersion((v) => v + 1)
    },
    [onSaved],
  )
  const session = useArticleSession(id, collect, handleSaved, onDiscarded, autoFocusTitle)
  const onStatusRef = useRef(onStatus)
  onStatusRef.current = onStatus

  useEffect(() => {
    onStatusRef.current({ saveState: session.saveState, saveError: session.saveError })
  }, [session.saveState, session.saveError])

  const onWords = useCallback((words: number) => onStatusRef.current({ words }), [])
  const article = session.article
  // A loaded or restored article brings its own settings.
  useEffect(() => {
    if (article) setSettings(settingsOf(article))
  }, [article])
  const markDirty = session.markDirty
  const changeSettings = useCallback(
    (patch: Partial<ArticleSettings>) => {
      setSettings((current) => {
        const next = current && { ...current, ...patch }
        settingsRef.current = next
        return next
      })
      markDirty()
    },
    [markDirty],
  )
  const remove = session.remove
  const onDelete = useCallback(() => {
    if (!window.confirm(t('confirmDelete', { title: article?.title || t('untitled') }))) return
    remove().then(
      () => onDeleted(id),
      (error: unknown) => window.alert(t('deleteFailed', { message: (error as Error).message })),
    )
  }, [article, remove, onDeleted, id, t])

  const { saveNow, revision, replace } = session
  const restore = useCallback(
    async (old: number): Promise<Article> => {
      await saveNow()
      const restored = await send('articles.restore', {
        id,
        revision: old,
        baseRevision: revision(),
      })
      replace(restored)
      handleSaved(restored)
      setGeneration((g) => g + 1)
      return restored
    },
    [id, saveNow, revision, replace, handleSaved],
  )
  const toggleHistory = useCallback(
    () => setSide((open) => (open === 'history' ? null : 'history')),
    [],
  )
  const toggleSettings = useCallback(
    () => setSide((open) => (open === 'settings' ? null : 'settings')),
    [],
  )

  useEffect(() => {
    saveRef.current = session.saveNow
    return () => {
      saveRef.current = null
    }
  }, [saveRef, session.saveNow])

  if (session.loadError) {
    return (
      <div className="banner error" role="alert">
        {t('loadFailed', { message: session.loadError })}
      </div>
    )
  }
  if (!session.article) return <p className="placeholder">{t('loading')}</p>

  return (
    <div className="editor-layout">
      <div className="editor-scroll">
        {session.saveState === 'conflict' && (
          <div className="editor-column">
            <ConflictBanner
              currentRevision={session.conflictRevision ?? 0}
              onOverwrite={() => void session.overwrite()}
              onCopy={() => {
                const mine = collect()
                const title = t('copyTitle', { title: mine.title || t('untitled') })
                void send('articles.create', { ...mine, title, status: 'draft' }).then(onCreated)
              }}
              onReload={onReload}
            />
          </div>
        )}
        {session.saveState === 'error' && session.saveError && (
          <div className="editor-column">
            <div className="banner error" role="alert">
              <p>
                {session.saveError === UNREACHABLE
                  ? t('unreachable')
                  : t('saveFailed', { message: session.saveError })}
              </p>
              <div className="actions">
                <button className="button" type="button" onClick={() => void session.saveNow()}>
                  {t('retry')}
                </button>
              </div>
            </div>
          </div>
        )}
        <ArticleEditor
          key={generation}
          article={session.article}
          autoFocusTitle={autoFocusTitle && generation === 0}
          collectRef={collectRef}
          onChange={session.markDirty}
          onWords={onWords}
          onDelete={onDelete}
          historyOpen={side === 'history'}
          onToggleHistory={toggleHistory}
          settingsOpen={side === 'settings'}
          onToggleSettings={toggleSettings}
        />
      </div>
      {side === 'settings' && settings && (
        <ArticleSettingsPanel
          settings={settings}
          readOnly={readOnly || session.saveState === 'conflict'}
          onChange={changeSettings}
          onClose={() => setSide(null)}
        />
      )}
      {side === 'history' && (
        <HistoryPanel
          id={id}
          version={version}
          readOnly={readOnly || session.saveState === 'conflict'}
          onRestore={restore}
          onClose={() => setSide(null)}
        />
      )}
    </div>
  )
}
