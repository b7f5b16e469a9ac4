import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { TextSelection } from '@tiptap/pm/state'
import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import type { FoundWord } from '../../shared/spelling/spell-words'
import { send } from '../api/send'
import { useReadOnly } from '../app/read-only'
import { replaceRange } from '../editor/find/replace-range'
import { useI18n } from '../i18n/i18n'
import { dictionaryChanged, ignoreWord } from './spelling-cache'

interface MenuItem {
  key: string
  label: string
  disabled: boolean
  run: () => void | Promise<void>
}

/** Replaces the word with a suggestion as one step for Undo, keeping its bold or link. */
function replaceWord(editor: Editor, word: FoundWord, replacement: string): void {
  const { view } = editor
  if (view.state.doc.textBetween(word.from, word.to) !== word.word) return
  const tr = view.state.tr
  closeHistory(tr)
  replaceRange(tr, word.from, word.to, replacement)
  tr.setSelection(TextSelection.create(tr.doc, word.from + replacement.length))
  view.dispatch(tr)
}

/** Where the menu goes: under the word, lined up with its start (its right edge in Arabic). */
function placement(editor: Editor, word: FoundWord, dir: 'rtl' | 'ltr') {
  const start = editor.view.coordsAtPos(word.from)
  const end = editor.view.coordsAtPos(word.to)
  const top = Math.max(start.bottom, end.bottom) + 4
  return dir === 'rtl'
    ? { top, right: Math.max(0, window.innerWidth - Math.max(start.left, end.left)) }
    : { top, left: Math.min(start.left, end.left) }
}

/**
 * The menu of a misspelled word: Hunspell's suggestions, then "Add to dictionary" (the newsroom's)
 * and "Ignore" (this session). A menu in the ARIA sense: arrows, Home and End move, Escape closes,
 * and the focus goes back to the text.
 */
export function SpellingMenu({
  editor,
  word,
  onClose,
}: {
  editor: Editor
  word: FoundWord
  onClose: () => void
}) {
  const { t, dir } = useI18n()
  const readOnly = useReadOnly()
  const [suggestions, setSuggestions] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const menu = useRef<HTMLDivElement>(null)
  const close = () => {
    onClose()
    editor.view.focus()
  }
  useEffect(() => {
    let live = true
    send('spelling.suggest', { word: word.word })
      .then((result) => live && setSuggestions(result.suggestions))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      live = false
    }
  }, [word.word])

  const editable = editor.isEditable && !readOnly
  const items: MenuItem[] = [
    ...(suggestions ?? []).map((s) => ({
      key: `s-${s}`,
      label: s,
      disabled: !editable,
      run: () => replaceWord(editor, word, s),
    })),
    ...(suggestions?.length === 0
      ? [{ key: 'none', label: t('spelling.noSuggestions'), disabled: true, run: () => {} }]
      : []),
    {
      key: 'add',
      label: t('spelling.addToDictionary'),
      disabled: readOnly,
      run: async () => {
        await send('spelling.addWord', { word: word.word })
        dictionaryChanged()
      },
    },
    {
      key: 'ignore',
      label: t('spelling.ignore'),
      disabled: false,
      run: () => ignoreWord(word.word),
    },
  ]
  const ready = suggestions !== null || error !== null

  useEffect(() => {
    if (ready)
      menu.current
        ?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')
        ?.focus()
  }, [ready])
  useEffect(() => {
    const outside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('mousedown', outside)
    return () => document.removeEventListener('mousedown', outside)
  }, [onClose])

  const choose = async (item: MenuItem) => {
    if (item.disabled) return
    try {
      await item.run()
      close()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const enabled = [
      ...(menu.current?.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ) ?? []),
    ]
    const at = enabled.indexOf(document.activeElement as HTMLElement)
    const go = (index: number) => enabled[(index + enabled.length) % enabled.length]?.focus()
    if (event.key === 'ArrowDown') go(at + 1)
    else if (event.key === 'ArrowUp') go(at < 0 ? -1 : at - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(-1)
    else if (event.key === 'Escape') close()
    else if (event.key === 'Tab') onClose()
    else return
    if (event.key !== 'Tab') event.preventDefault()
  }

  if (!ready) return null
  return (
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menu', { word: word.word })}
      dir={dir}
      style={{ position: 'fixed', ...placement(editor, word, dir) }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <div
          key={item.key}
          role="menuitem"
          tabIndex={-1}
          aria-disabled={item.disabled ? 'true' : undefined}
          className={item.key.startsWith('s-') ? 'spelling-suggestion' : undefined}
          dir={item.key.startsWith('s-') ? 'auto' : undefined}
          onClick={() => void choose(item)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault()
              void choose(item)
            }
          }}
        >
          {item.label}
        </div>
      ))}
      {error && (
        <p className="spelling-error" role="alert">
          {t('spelling.failed', { message: error })}
        </p>
      )}
    </div>
  )
}
