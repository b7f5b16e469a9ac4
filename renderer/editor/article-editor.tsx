import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { type MutableRefObject, memo, useEffect, useMemo, useRef, useState } from 'react'
import { countWords } from '../../shared/arabic/word-count'
import {
  type Article,
  type ArticleStatus,
  articleStatuses,
} from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import type { Removed } from '../../shared/cleanup/removed'
import type { FoundWord } from '../../shared/spelling/spell-words'
import { useReadOnly } from '../app/read-only'
import { useRemovalNotices } from '../cleanup/use-removal-notices'
import { useI18n } from '../i18n/i18n'
import { firstBadLink, firstImageWithoutAlt } from '../publish/body-targets'
import { spellcheckEngine, useSpellcheckMode } from '../spelling/spellcheck-mode'
import { checkUnknownWords, misspelledVerdict } from '../spelling/spelling-cache'
import { useSpellcheck } from '../spelling/use-spellcheck'
import type { EditorHandle, TextField } from './editor-handle'
import { articleExtensions } from './extensions/article-extensions'
import { ImageForm } from './image-form'
import { PanelToggle } from './panel-toggle'
import { Toolbar } from './toolbar'
import { useFindBar } from './use-find-bar'
import { useImageInsertion } from './use-image-insertion'

/**
 * Where the publish panel's checklist sends the editor: the title, the body (its end), the first
 * link that is not http(s), or the first image without alt text.
 */
export type EditorFocusTarget = 'title' | 'body' | 'link' | 'image'

/** Word counting waits for a pause in typing, so a long article never slows keystrokes. */
const STATS_DELAY_MS = 250

interface ArticleEditorProps {
  article: Article
  autoFocusTitle: boolean
  /** Set to a function returning the current text fields; the session calls it when saving. */
  collectRef: MutableRefObject<() => ArticleChanges>
  /** Set to a function that moves the focus to a field, for the checklist's jump buttons. */
  focusRef: MutableRefObject<(target: EditorFocusTarget) => void>
  /** Set to this editor's {@link EditorHandle} while it is mounted, for the Style check panel. */
  handleRef: MutableRefObject<EditorHandle | null>
  /** What the import that made this article removed: its notice shows when the article opens. */
  removedOnOpen?: readonly Removed[] | undefined
  /**
   * The workflow status, kept by the pane: a publish job may move it, and the select must then
   * show (and the next save send) the new one.
   */
  status: ArticleStatus
  onStatusChange: (status: ArticleStatus) => void
  onChange: () => void
  onWords: (words: number) => void
  onDelete: () => void
  historyOpen: boolean
  onToggleHistory: () => void
  settingsOpen: boolean
  onToggleSettings: () => void
  publishOpen: boolean
  onTogglePublish: () => void
  styleOpen: boolean
  onToggleStyle: () => void
}

function bodyWords(editor: Editor): number {
  const { doc } = editor.state
  return countWords(doc.textBetween(0, doc.content.size, '\n', '\n'))
}

/**
 * Title, standfirst, status and the TipTap body of one loaded article. The body's blocks get
 * their direction from their own text (the BlockDirection extension), so an English quote in an
 * Arabic article reads left to right. React does not re-render on transactions.
 */
export const ArticleEditor = memo(function ArticleEditor({
  article,
  autoFocusTitle,
  collectRef,
  focusRef,
  handleRef,
  removedOnOpen,
  status,
  onStatusChange,
  onChange,
  onWords,
  onDelete,
  historyOpen,
  onToggleHistory,
  settingsOpen,
  onToggleSettings,
  publishOpen,
  onTogglePublish,
  styleOpen,
  onToggleStyle,
}: ArticleEditorProps) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const [title, setTitle] = useState(article.title)
  const [standfirst, setStandfirst] = useState(article.standfirst)
  const fields = useRef({ title, standfirst })
  fields.current = { title, standfirst }
  const titleRef = useRef<HTMLTextAreaElement>(null)
  const standfirstRef = useRef<HTMLTextAreaElement>(null)
  const statsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const onWordsRef = useRef(onWords)
  onWordsRef.current = onWords

  // Read through a ref, so the placeholder follows the language without rebuilding the editor.
  const placeholder = useRef('')
  placeholder.current = t('bodyPlaceholder')
  const captionPlaceholder = useRef('')
  captionPlaceholder.current = t('captionPlaceholder')
  // Files pasted or dropped into the body; the editor is built once, so it calls through a ref.
  const onImageFiles = useRef<(files: File[], position: number | undefined) => void>(() => {})
  // What a paste's clean-up removed, reported to the notices (set once they exist, below).
  const onPasteCleaned = useRef<(removed: Removed[], from: number) => void>(() => {})
  // A misspelled word's menu, opened by the Spellcheck extension (set once the editor exists);
  // useSpellcheck turns the extension on and off with the setting.
  const onSpellMenu = useRef<(word: FoundWord) => void>(() => {})
  const spellEngine = spellcheckEngine(useSpellcheckMode())
  const extensions = useMemo(
    () =>
      articleExtensions({
        placeholder: () => placeholder.current,
        captionPlaceholder: () => captionPlaceholder.current,
        onImageFiles: (files, position) => onImageFiles.current(files, position),
        cleanPaste: {
          title: () => fields.current.title,
          onCleaned: (removed, from) => onPasteCleaned.current(removed, from),
        },
        spellcheck: {
          verdict: misspelledVerdict,
          checkWords: (words) => checkUnknownWords(words),
          onMenu: (word) => onSpellMenu.current(word),
        },
      }),
    [],
  )
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        // The browser's spellcheck only when it is the engine: Midad's marks replace it.
        spellcheck: String(spellEngine === 'browser'),
        'aria-label': t('body'),
        'aria-readonly': String(readOnly),
        // The article's direction; each paragraph then follows its own text.
        dir: 'rtl',
      },
    }),
    [t, readOnly, spellEngine],
  )
  const editor = useEditor({
    extensions,
    content: article.body,
    editable: !readOnly,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // useEditor re-applies its options when they change: the label follows the UI language.
    editorProps,
    onUpdate: ({ editor: e }) => {
      onChangeRef.current()
      clearTimeout(statsTimer.current)
      statsTimer.current = setTimeout(() => onWordsRef.current(bodyWords(e)), STATS_DELAY_MS)
    },
  })

  const images = useImageInsertion(editor)
  const { containerRef, findBar } = useFindBar(editor, readOnly)
  onImageFiles.current = readOnly ? () => {} : images.addFiles
  const removals = useRemovalNotices(editor, removedOnOpen)
  onPasteCleaned.current = removals.onPasteCleaned
  const spelling = useSpellcheck(editor)
  onSpellMenu.current = spelling.openMenu

  useEffect(() => {
    onWordsRef.current(bodyWords(editor))
    return () => clearTimeout(statsTimer.current)
  }, [editor])

  const setField = useRef((field: TextField, value: string) => {
    if (field === 'title') setTitle(value.replace(/\n/g, ' '))
    else setStandfirst(value)
    onChangeRef.current()
  }).current
  useEffect(() => {
    handleRef.current = {
      editor,
      fields: () => fields.current,
      setField,
      selectField: (field, from, to) => {
        const input = field === 'title' ? titleRef.current : standfirstRef.current
        input?.focus()
        input?.setSelectionRange(from, to)
        input?.scrollIntoView({ block: 'center' })
      },
    }
    return () => {
      handleRef.current = null
    }
  }, [editor, handleRef, setField])

  collectRef.current = () => ({
    ...fields.current,
    body: editor.getJSON() as ArticleChanges['body'],
  })
  focusRef.current = (target) => {
    if (target === 'title') {
      titleRef.current?.focus()
      titleRef.current?.scrollIntoView({ block: 'center' })
      return
    }
    const { doc } = editor.state
    const link = target === 'link' ? firstBadLink(doc) : null
    const image = target === 'image' ? firstImageWithoutAlt(doc) : null
    const chain = editor.chain().focus(link || image !== null ? undefined : 'end')
    if (link) chain.setTextSelection(link)
    else if (image !== null) chain.setNodeSelection(image)
    chain.scrollIntoView().run()
  }

  return (
    <div className="editor-column" ref={containerRef}>
      <div className="editor-meta">
        <select
          aria-label={t('status')}
          value={status}
          onChange={(e) => onStatusChange(e.target.value as ArticleStatus)}
        >
          {articleStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <PanelToggle open={historyOpen} controls="history-panel" onToggle={onToggleHistory}>
          {t('history')}
        </PanelToggle>
        <PanelToggle
          open={settingsOpen}
          controls="article-settings-panel"
          onToggle={onToggleSettings}
        >
          {t('articleSettings')}
        </PanelToggle>
        <PanelToggle
          open={publishOpen}
          controls="publish-panel"
          onToggle={onTogglePublish}
          label={t('openPublishPanel')}
        >
          {t('publishToggle')}
        </PanelToggle>
        <PanelToggle open={styleOpen} controls="style-check-panel" onToggle={onToggleStyle}>
          {t('styleCheck')}
        </PanelToggle>
        <button className="button danger" type="button" disabled={readOnly} onClick={onDelete}>
          {t('deleteArticle')}
        </button>
      </div>
      <textarea
        ref={titleRef}
        className="title-input"
        aria-label={t('title')}
        readOnly={readOnly}
        placeholder={t('titlePlaceholder')}
        dir="auto"
        spellCheck={spellEngine === 'browser'}
        rows={1}
        value={title}
        // biome-ignore lint/a11y/noAutofocus: a new article starts at its headline
        autoFocus={autoFocusTitle}
        onChange={(e) => {
          setTitle(e.target.value.replace(/\n/g, ' '))
          onChange()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            standfirstRef.current?.focus()
          }
        }}
      />
      <textarea
        ref={standfirstRef}
        className="standfirst-input"
        aria-label={t('standfirst')}
        readOnly={readOnly}
        placeholder={t('standfirstPlaceholder')}
        dir="auto"
        spellCheck={spellEngine === 'browser'}
        rows={2}
        value={standfirst}
        onChange={(e) => {
          setStandfirst(e.target.value)
          onChange()
        }}
      />
      <div className="editor-tools">
        {!readOnly && (
          <Toolbar editor={editor} onImageFile={(file) => images.addFiles([file], undefined)} />
        )}
        {findBar}
      </div>
      {images.state.phase === 'uploading' && (
        <p className="image-status" role="status">
          {t('uploadingImage')}
        </p>
      )}
      {images.error && (
        <div className="banner error image-error" role="alert">
          <p>{images.error}</p>
          <div className="actions">
            <button className="button" type="button" onClick={images.dismissError}>
              {t('dismiss')}
            </button>
          </div>
        </div>
      )}
      {images.state.phase === 'describing' && (
        <ImageForm
          key={images.state.image.src}
          image={images.state.image}
          onInsert={images.insert}
          onCancel={images.cancel}
        />
      )}
      {removals.notice}
      <EditorContent editor={editor} />
      {spelling.menu}
    </div>
  )
})
