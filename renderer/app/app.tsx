import { useCallback, useEffect, useRef, useState } from 'react'
import { type Article, type ArticleSummary, summarize } from '../../shared/articles/article-schema'
import type { Removed } from '../../shared/cleanup/removed'
import type { ImportResult } from '../../shared/import/import-contract'
import type { Digits, Language } from '../../shared/settings/settings-schema'
import type { StoreStatus } from '../../shared/store/store-contract'
import { send } from '../api/send'
import { ArticleList } from '../articles/article-list'
import { CommentsButton } from '../comments/comments-button'
import { ModerationView } from '../comments/moderation-view'
import { EditorPane, type EditorStatus } from '../editor/editor-pane'
import { HouseStyleButton } from '../house-style/house-style-button'
import { I18nProvider, useI18n } from '../i18n/i18n'
import { ImportButton, useImportDrop } from '../import/import-button'
import { AppMenu } from '../shell/app-menu'
import { runShellCommand } from '../shell/command-bus'
import { ShellDialogs } from '../shell/shell-dialogs'
import { useRecent } from '../shell/use-recent'
import { useLeaveWarning, useWorkspaceCommands } from '../shell/use-workspace-commands'
import { SiteExportButton } from '../site-export/site-export-button'
import { NewsroomDictionaryDialog } from '../spelling/newsroom-dictionary-dialog'
import { initSpellcheckMode } from '../spelling/spellcheck-mode'
import { StatusBar } from '../status-bar/status-bar'
import { TargetsButton, TargetsScreen } from '../targets/targets-screen'
import { ThemeSelect } from '../theme/theme-select'
import { DigitsSelect } from './digits-select'
import { DisplayNameField } from './display-name-field'
import { downloadPage } from './download-page'
import { LanguageSelect } from './language-select'
import { ReadOnlyBanner, ReadOnlyProvider, useReadOnly } from './read-only'
import { BackupNotice, RecoveryNotices } from './recovery-notices'
import { useShortcuts } from './use-shortcuts'
import { useStoreStatus } from './use-store-status'

const initialStatus: EditorStatus = { saveState: 'saved', saveError: null, words: 0 }

function Workspace({
  initial,
  lastOpened,
  onLanguage,
  digits,
  onDigits,
}: {
  initial: ArticleSummary[]
  /** The article open when Midad was last closed: it opens again (else the newest). */
  lastOpened: string | null
  onLanguage: (lang: Language) => void
  digits: Digits
  onDigits: (digits: Digits) => void
}) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const [articles, setArticles] = useState(initial)
  const [selectedId, setSelectedId] = useState<string | null>(
    initial.find((article) => article.id === lastOpened)?.id ?? initial[0]?.id ?? null,
  )
  const [fresh, setFresh] = useState<string | null>(null)
  const [reloads, setReloads] = useState(0)
  const [status, setStatus] = useState<EditorStatus>(initialStatus)
  const [exportError, setExportError] = useState<string | null>(null)
  /** The main area: the articles workspace, or comment moderation (the editor stays mounted). */
  const [moderating, setModerating] = useState(false)
  /** The article an import just made, and what its clean-up removed (for the editor's notice). */
  const [imported, setImported] = useState<{ id: string; removed: Removed[] } | null>(null)
  const saveRef = useRef<(() => Promise<void>) | null>(null)
  /** Counts navigations, so a "New article" answered after the user moved on does not steal focus. */
  const navigations = useRef(0)

  /** Merges a partial status from the editor, keeping the same object when nothing changed. */
  const reportStatus = useCallback((patch: Partial<EditorStatus>) => {
    setStatus((prev) => {
      const changed = (Object.keys(patch) as (keyof EditorStatus)[]).some(
        (k) => prev[k] !== patch[k],
      )
      return changed ? { ...prev, ...patch } : prev
    })
  }, [])

  const upsert = useCallback((article: Article) => {
    setArticles((list) => [summarize(article), ...list.filter((a) => a.id !== article.id)])
  }, [])

  const open = useCallback(
    (id: string) => {
      navigations.current += 1
      if (id !== selectedId) setStatus({ ...initialStatus })
      setSelectedId(id)
      setFresh(null)
    },
    [selectedId],
  )

  const createArticle = useCallback(async () => {
    const navigation = ++navigations.current
    await saveRef.current?.()
    const article = await send('articles.create', {})
    if (navigation !== navigations.current) {
      // The user opened another article (or asked for another new one) meanwhile: this blank
      // article was never shown, so it is dropped rather than left behind as an empty draft.
      void send('articles.delete', { id: article.id, baseRevision: article.revision }).catch(
        () => undefined,
      )
      return
    }
    upsert(article)
    setSelectedId(article.id)
    setFresh(article.id)
    setStatus({ ...initialStatus })
  }, [upsert])

  /** Saves pending edits, then has the backend render the stored article and downloads the page. */
  const exportHtml = useCallback(async () => {
    if (!selectedId) return
    setExportError(null)
    try {
      await saveRef.current?.()
      downloadPage(await send('export.article', { id: selectedId }))
    } catch (error) {
      setExportError((error as Error).message)
    }
  }, [selectedId])

  /** A file became a draft: it opens, with the notice of what the clean-up removed. */
  const onImported = useCallback(
    async ({ article, removed }: ImportResult) => {
      navigations.current += 1
      await saveRef.current?.()
      upsert(article)
      setImported({ id: article.id, removed })
      setModerating(false)
      setSelectedId(article.id)
      setFresh(null)
      setStatus({ ...initialStatus })
    },
    [upsert],
  )
  const importProps = {
    onImported: (result: ImportResult) => void onImported(result),
    disabled: readOnly,
  }
  useImportDrop(importProps)

  const newArticle = () => {
    if (!readOnly) void createArticle()
  }
  useShortcuts({
    save: () => void saveRef.current?.(),
    exportHtml: () => void exportHtml(),
    newArticle,
    importFile: () => runShellCommand({ command: 'import' }),
  })
  useWorkspaceCommands({
    newArticle,
    save: () => void saveRef.current?.(),
    exportHtml: () => void exportHtml(),
    openArticle: (id) => {
      setModerating(false)
      open(id)
    },
  })
  const recent = useRecent(selectedId, articles)
  const unsaved = selectedId !== null && status.saveState !== 'saved'
  useLeaveWarning(unsaved)
  const unsavedTitles = unsaved
    ? [articles.find((article) => article.id === selectedId)?.title ?? '']
    : []

  return (
    <div className="app">
      <header className="app-header">
        <AppMenu
          articleOpen={selectedId !== null}
          readOnly={readOnly}
          recent={recent}
          unsaved={unsavedTitles}
        />
        <h1>{t('appName')}</h1>
        <button
          className="button primary"
          type="button"
          title={t('newArticleHint')}
          disabled={readOnly}
          onClick={() => void createArticle()}
        >
          {t('newArticle')}
        </button>
        <button
          className="button"
          type="button"
          title={t('saveHint')}
          disabled={!selectedId || readOnly}
          onClick={() => void saveRef.current?.()}
        >
          {t('save')}
        </button>
        <ImportButton {...importProps} />
        <button
          className="button"
          type="button"
          title={t('exportHtmlHint')}
          disabled={!selectedId}
          onClick={() => void exportHtml()}
        >
          {t('exportHtml')}
        </button>
        <CommentsButton pressed={moderating} onToggle={() => setModerating((m) => !m)} />
        <SiteExportButton />
        <TargetsButton />
        <HouseStyleButton digits={digits} onDigits={onDigits} />
        <DisplayNameField />
        <DigitsSelect value={digits} onChange={onDigits} />
        <LanguageSelect onChange={onLanguage} />
        <ThemeSelect />
      </header>
      {exportError && (
        <div className="banner error" role="alert">
          <p>{t('exportFailed', { message: exportError })}</p>
          <button className="button" type="button" onClick={() => setExportError(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {moderating && (
        <main className="moderation-main" aria-label={t('comments')}>
          <ModerationView />
        </main>
      )}
      <div className="app-main" hidden={moderating}>
        <ArticleList articles={articles} selectedId={selectedId} onSelect={open} />
        <main className="editor-pane">
          {selectedId ? (
            <EditorPane
              key={`${selectedId}:${reloads}`}
              id={selectedId}
              autoFocusTitle={fresh === selectedId}
              saveRef={saveRef}
              onSaved={upsert}
              onCreated={(article) => {
                upsert(article)
                open(article.id)
              }}
              onReload={() => setReloads((n) => n + 1)}
              onDiscarded={(id) => setArticles((list) => list.filter((a) => a.id !== id))}
              onDeleted={(id) => {
                const rest = articles.filter((a) => a.id !== id)
                setArticles(rest)
                setSelectedId(rest[0]?.id ?? null)
              }}
              onStatus={reportStatus}
              removedOnOpen={imported?.id === selectedId ? imported.removed : undefined}
            />
          ) : (
            <p className="placeholder">{t('selectArticle')}</p>
          )}
        </main>
      </div>
      <StatusBar status={selectedId ? status : null} />
      <NewsroomDictionaryDialog />
      <ShellDialogs />
    </div>
  )
}

/** What the store's background work found: damaged articles set aside, a failed backup. */
function StoreNotices({ initial }: { initial: StoreStatus }) {
  const status = useStoreStatus(initial)
  return (
    <>
      <RecoveryNotices notices={status.recoveries} />
      <BackupNotice error={status.backupError} />
    </>
  )
}

/**
 * Loads settings and the article list, then shows the workspace in the chosen language. The
 * document's `lang` and `dir` follow the language, so the whole UI mirrors.
 */
export function App() {
  const [lang, setLang] = useState<Language>('ar')
  const [digits, setDigits] = useState<Digits>('arabic')
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null)
  const [lastOpened, setLastOpened] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [storeStatus, setStoreStatus] = useState<StoreStatus | null>(null)

  useEffect(() => {
    Promise.all([
      send('settings.get', {}),
      send('articles.list', {}),
      send('store.status', {}),
      // A damaged recent.json must not keep the app from opening.
      send('recent.list', {}).catch(() => []),
    ]).then(
      ([settings, list, store, recent]) => {
        setLastOpened(recent[0]?.id ?? null)
        setLang(settings.language)
        setDigits(settings.digits)
        initSpellcheckMode(settings.spellcheck)
        setStoreStatus(store)
        setArticles(list)
      },
      (e: unknown) => setError((e as Error).message),
    )
  }, [])

  useEffect(() => {
    document.documentElement.lang = lang
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr'
    document.title = lang === 'ar' ? 'مِداد' : 'Midad'
  }, [lang])

  const changeLanguage = (next: Language) => {
    setLang(next)
    send('settings.update', { language: next }).catch((e: unknown) =>
      setError((e as Error).message),
    )
  }

  const changeDigits = (next: Digits) => {
    setDigits(next)
    send('settings.update', { digits: next }).catch((e: unknown) => setError((e as Error).message))
  }

  return (
    <I18nProvider lang={lang}>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {storeStatus && <ReadOnlyBanner status={storeStatus} />}
      {storeStatus && <StoreNotices initial={storeStatus} />}
      {articles && (
        <ReadOnlyProvider value={storeStatus?.readOnly ?? false}>
          {/* The Targets screen can be opened from anywhere in the workspace. */}
          <TargetsScreen>
            <Workspace
              initial={articles}
              lastOpened={lastOpened}
              onLanguage={changeLanguage}
              digits={digits}
              onDigits={changeDigits}
            />
          </TargetsScreen>
        </ReadOnlyProvider>
      )}
    </I18nProvider>
  )
}
