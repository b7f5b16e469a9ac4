import { type MutableRefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Article, ArticleStatus } from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import type { Removed } from '../../shared/cleanup/removed'
import { send } from '../api/send'
import { useReadOnly } from '../app/read-only'
import { type ArticleSettings, settingsOf } from '../article-settings/article-settings'
import { ArticleSettingsPanel } from '../article-settings/article-settings-panel'
import { useSlugFollowing } from '../article-settings/use-slug-following'
import { HistoryPanel } from '../history/history-panel'
import { useI18n } from '../i18n/i18n'
import { createEditSignal } from '../publish/edit-signal'
import { PublishPanel } from '../publish/publish-panel'
import { usePublishJumps } from '../publish/use-publish-jumps'
import { useStatusSync } from '../publish/use-status-sync'
import { StyleCheckPanel } from '../style-check/style-check-panel'
import { ArticleEditor, type EditorFocusTarget } from './article-editor'
import { ConflictBanner } from './conflict-banner'
import type { EditorHandle } from './editor-handle'
import { type SaveState, UNREACHABLE, useArticleSession } from './use-article-session'

type SidePanel = 'history' | 'settings' | 'publish' | 'style'

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
  /** What the import that made this article removed, for the notice shown when it opens. */
  removedOnOpen?: readonly Removed[] | undefined
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
  removedOnOpen,
}: EditorPaneProps) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const collectRef = useRef<() => ArticleChanges>(() => ({}))
  const focusRef = useRef<(target: EditorFocusTarget) => void>(() => undefined)
  const handleRef = useRef<EditorHandle | null>(null)
  /** The side column shows one panel at a time. */
  const [side, setSide] = useState<SidePanel | null>(null)
  /** Opens and closes each side panel (stable, for the memoised editor). */
  const toggles = useMemo(() => {
    const toggle = (panel: SidePanel) => () => setSide((open) => (open === panel ? null : panel))
    return {
      history: toggle('history'),
      settings: toggle('settings'),
      publish: toggle('publish'),
      style: toggle('style'),
    }
  }, [])
  const openSettings = useCallback(() => setSide('settings'), [])
  const { jump, settingsFocus } = usePublishJumps(focusRef, openSettings)
  /** Every edit, for an open publish panel's checklist (it re-renders nothing by itself). */
  const edits = useMemo(createEditSignal, [])
  const status = useStatusSync()
  const statusRef = status.ref
  /** The article settings as edited; saved with the editor's fields (see `collect`). */
  const [settings, setSettings] = useState<ArticleSettings | null>(null)
  const settingsRef = useRef(settings)
  settingsRef.current = settings
  /** Whatever is current of the latest stored version; set below, once the session exists. */
  const latestRef = useRef<Article | null>(null)
  const followTitle = useSlugFollowing(id, latestRef)
  /** Everything the session saves: the editor's fields and the settings panel's. */
  const collect = useCallback((): ArticleChanges => {
    const fields = collectRef.current()
    const current = settingsRef.current
    return {
      ...fields,
      ...(current ? followTitle(current, fields.title ?? '') : {}),
      ...(statusRef.current ? { status: statusRef.current } : {}),
    }
  }, [statusRef, followTitle])
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
  const session = useArticleSession(
    id,
    collect,
    handleSaved,
    onDiscarded,
    autoFocusTitle,
    status.onAdopted,
  )
  latestRef.current = session.latest
  const latest = session.latest
  /** What the settings panel's slug field needs to show the slug that follows the headline. */
  const slugFollowing = useMemo(
    () => ({
      follower: followTitle,
      title: () => handleRef.current?.fields().title ?? '',
      edits,
      article: latest,
    }),
    [followTitle, edits, latest],
  )
  const onStatusRef = useRef(onStatus)
  onStatusRef.current = onStatus

  useEffect(() => {
    onStatusRef.current({ saveState: session.saveState, saveError: session.saveError })
  }, [session.saveState, session.saveError])

  const onWords = useCallback((words: number) => onStatusRef.current({ words }), [])
  const article = session.article
  // A loaded or restored article brings its own settings and status.
  const loadStatus = status.load
  useEffect(() => {
    if (!article) return
    setSettings(settingsOf(article))
    loadStatus(article)
  }, [article, loadStatus])
  const markDirty = session.markDirty
  const edited = useCallback(() => {
    markDirty()
    edits.emit()
  }, [markDirty, edits])
  const changeSettings = useCallback(
    (patch: Partial<ArticleSettings>) => {
      setSettings((current) => {
        const next = current && { ...current, ...patch }
        settingsRef.current = next
        return next
      })
      edited()
    },
    [edited],
  )
  const setStatus = status.set
  const changeStatus = useCallback(
    (next: ArticleStatus) => {
      setStatus(next)
      edited()
    },
    [setStatus, edited],
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
          focusRef={focusRef}
          handleRef={handleRef}
          removedOnOpen={generation === 0 ? removedOnOpen : undefined}
          status={status.status ?? session.article.status}
          onStatusChange={changeStatus}
          onChange={edited}
          onWords={onWords}
          onDelete={onDelete}
          historyOpen={side === 'history'}
          onToggleHistory={toggles.history}
          settingsOpen={side === 'settings'}
          onToggleSettings={toggles.settings}
          publishOpen={side === 'publish'}
          onTogglePublish={toggles.publish}
          styleOpen={side === 'style'}
          onToggleStyle={toggles.style}
        />
      </div>
      {side === 'settings' && settings && (
        <ArticleSettingsPanel
          settings={settings}
          readOnly={readOnly || session.saveState === 'conflict'}
          onChange={changeSettings}
          focusField={settingsFocus?.field}
          focusKey={settingsFocus?.key}
          slugFollowing={slugFollowing}
          onClose={() => setSide(null)}
        />
      )}
      {side === 'publish' && session.latest && (
        <PublishPanel
          id={id}
          article={session.latest}
          unsaved={session.saveState !== 'saved'}
          readOnly={readOnly || session.saveState === 'conflict'}
          collect={collect}
          edits={edits}
          saveNow={session.saveNow}
          hasUnsaved={session.hasUnsaved}
          revision={session.revision}
          refresh={session.refresh}
          onJump={jump}
          onClose={() => setSide(null)}
        />
      )}
      {side === 'style' && settings && (
        <StyleCheckPanel
          // A restore rebuilds the editor: the panel starts again on the new one.
          key={generation}
          handleRef={handleRef}
          edits={edits}
          ignored={settings.styleIgnored}
          onIgnoredChange={(styleIgnored) => changeSettings({ styleIgnored })}
          readOnly={readOnly || session.saveState === 'conflict'}
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
