import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import { findReplaceKey } from './extensions/find-replace'
import type { FindOptions } from './find/find-matches'

export type FindMode = 'find' | 'replace'

/** How the bar was asked for: Ctrl+F finds, Ctrl+H replaces; `focus` moves the focus into it. */
export interface FindRequest {
  mode: FindMode
  focus: boolean
}

interface FindBarProps {
  editor: Editor
  /** A new object each time the bar is asked for (the focus then moves to its field). */
  request: FindRequest
  readOnly: boolean
  onModeChange: (mode: FindMode) => void
  onClose: () => void
}

interface ToggleProps {
  label: MessageId
  pressed: boolean
  onToggle: () => void
  children: ReactNode
}

/** An option of the search, shown as a pressed or unpressed button. */
function Toggle({ label, pressed, onToggle, children }: ToggleProps) {
  const { t } = useI18n()
  return (
    <button
      type="button"
      className="find-toggle"
      aria-label={t(label)}
      title={t(label)}
      aria-pressed={pressed}
      onClick={onToggle}
    >
      {children}
    </button>
  )
}

/**
 * The find (and replace) bar above the body. Typing searches at once; Enter and Shift+Enter move
 * between matches, Escape closes the bar and returns to the text. The bar keeps no copy of the
 * matches: it reads the FindReplace extension's state, and re-renders only when the count, the
 * current match or an option changes.
 */
export function FindBar({ editor, request, readOnly, onModeChange, onClose }: FindBarProps) {
  const { t } = useI18n()
  const findRef = useRef<HTMLInputElement>(null)
  const replaceRef = useRef<HTMLInputElement>(null)
  const [replacement, setReplacement] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const find = findReplaceKey.getState(e.state)
      return {
        query: find?.query ?? '',
        total: find?.matches.length ?? 0,
        current: find?.current ?? -1,
        options: find?.options,
      }
    },
  })
  const replacing = request.mode === 'replace' && !readOnly

  // Ctrl+F or Ctrl+H: show the query (perhaps the selected text) and put the cursor in the field.
  useEffect(() => {
    if (!request.focus || !findRef.current) return
    findRef.current.value = findReplaceKey.getState(editor.state)?.query ?? ''
    const field =
      request.mode === 'replace' && findRef.current.value ? replaceRef.current : findRef.current
    field?.focus()
    field?.select()
  }, [request, editor])

  const setOption = (options: Partial<FindOptions>) => {
    setNotice(null)
    editor.commands.setFindOptions(options)
  }
  /** After the last replacement the buttons are disabled: the focus stays in the bar. */
  const keepFocus = () => {
    if (!findReplaceKey.getState(editor.state)?.matches.length) replaceRef.current?.focus()
  }
  const replace = () => {
    editor.commands.replaceMatch(replacement)
    keepFocus()
  }
  const replaceAll = () => {
    const total = s.total
    if (editor.commands.replaceAllMatches(replacement)) setNotice(t('findReplaced', { n: total }))
    keepFocus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }
  const count =
    s.total > 0
      ? t('findCount', { current: s.current + 1, total: s.total })
      : s.query
        ? t('findNone')
        : ''

  return (
    <search className="find-bar" aria-label={t('findBar')} onKeyDown={onKeyDown}>
      <div className="find-row">
        {!readOnly && (
          <button
            type="button"
            className="find-button find-expand"
            aria-label={t('findShowReplace')}
            title={t('findShowReplace')}
            aria-expanded={replacing}
            onClick={() => onModeChange(replacing ? 'find' : 'replace')}
          >
            {replacing ? '▾' : '▸'}
          </button>
        )}
        <input
          ref={findRef}
          className="find-input"
          type="text"
          aria-label={t('find')}
          aria-keyshortcuts="Control+F"
          dir="auto"
          spellCheck={false}
          defaultValue={s.query}
          onChange={(e) => {
            setNotice(null)
            editor.commands.setFindQuery(e.target.value)
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            if (e.shiftKey) editor.commands.findPrevious()
            else editor.commands.findNext()
          }}
        />
        <output className="find-count" aria-live="polite">
          {notice ?? count}
        </output>
        <Toggle
          label="findIgnoreVariants"
          pressed={s.options?.ignoreVariants ?? true}
          onToggle={() => setOption({ ignoreVariants: !(s.options?.ignoreVariants ?? true) })}
        >
          إ≈ا
        </Toggle>
        <Toggle
          label="findMatchCase"
          pressed={s.options?.matchCase ?? false}
          onToggle={() => setOption({ matchCase: !s.options?.matchCase })}
        >
          Aa
        </Toggle>
        <Toggle
          label="findWholeWords"
          pressed={s.options?.wholeWords ?? false}
          onToggle={() => setOption({ wholeWords: !s.options?.wholeWords })}
        >
          |ab|
        </Toggle>
        <button
          type="button"
          className="find-button"
          aria-label={t('findPrevious')}
          title={`${t('findPrevious')} (Shift+Enter)`}
          disabled={s.total === 0}
          onClick={() => editor.commands.findPrevious()}
        >
          ↑
        </button>
        <button
          type="button"
          className="find-button"
          aria-label={t('findNext')}
          title={`${t('findNext')} (Enter)`}
          disabled={s.total === 0}
          onClick={() => editor.commands.findNext()}
        >
          ↓
        </button>
        <button
          type="button"
          className="find-button"
          aria-label={t('findClose')}
          title={`${t('findClose')} (Escape)`}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {replacing && (
        <div className="find-row">
          <input
            ref={replaceRef}
            className="find-input"
            type="text"
            aria-label={t('findReplaceWith')}
            aria-keyshortcuts="Control+H"
            dir="auto"
            spellCheck={false}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              replace()
            }}
          />
          <button type="button" className="button" disabled={s.total === 0} onClick={replace}>
            {t('findReplace')}
          </button>
          <button type="button" className="button" disabled={s.total === 0} onClick={replaceAll}>
            {t('findReplaceAll')}
          </button>
        </div>
      )}
    </search>
  )
}
