import type { Editor } from '@tiptap/core'
import { type ReactNode, type RefObject, useCallback, useEffect, useRef, useState } from 'react'
import { onShellCommand } from '../shell/command-bus'
import { findReplaceKey } from './extensions/find-replace'
import { FindBar, type FindMode, type FindRequest } from './find-bar'

/** Longer selections are not a query someone means to search for. */
const MAX_PREFILL = 200

/**
 * The text selected in the body, to search for when the bar opens: only when the body has the
 * focus, the selection stays in one block, and it is not the current match already.
 */
function selectedQuery(editor: Editor): string | undefined {
  const { state } = editor
  const { from, to, empty } = state.selection
  if (empty || !editor.isFocused) return undefined
  const find = findReplaceKey.getState(state)
  const match = find?.open ? find.matches[find.current] : undefined
  if (match && match.from === from && match.to === to) return undefined
  const text = state.doc.textBetween(from, to, '\n', '\n')
  return text.length <= MAX_PREFILL && !text.includes('\n') ? text : undefined
}

/**
 * The mode a Ctrl/⌘ key combination asks for: F finds, H replaces, matched by the key's place too
 * (an Arabic layout types "ب" and "ا" there). ⌥⌘F replaces as well: macOS's own shortcut, as ⌘H
 * hides the application there.
 */
function modeOf(event: KeyboardEvent): FindMode | null {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey) return null
  const key = event.key.toLowerCase()
  const f = key === 'f' || event.code === 'KeyF'
  if (event.altKey) return event.metaKey && !event.ctrlKey && f ? 'replace' : null
  if (f) return 'find'
  if (key === 'h' || event.code === 'KeyH') return 'replace'
  return null
}

/**
 * Ctrl+F (⌘F) and Ctrl+H (⌘H, ⌥⌘F) while the focus is in the editor column (or nowhere), matched on
 * the physical key too so they work with an Arabic layout. Elsewhere (the article list, a side
 * panel, a dialog) the keys are left to the browser. Kept here, not in the app's shortcuts: they
 * belong to the article on screen. Escape in the body (or with the focus nowhere, after a button
 * of the bar went disabled) closes an open bar; inside the bar, the bar handles it.
 */
function useFindShortcuts(
  containerRef: RefObject<HTMLElement | null>,
  editor: Editor,
  onOpen: (mode: FindMode) => void,
  onEscape: (() => void) | null,
) {
  const handlers = useRef({ onOpen, onEscape })
  handlers.current = { onOpen, onEscape }
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const container = containerRef.current
      const active = document.activeElement
      const nowhere = !active || active === document.body
      if (!container || !(nowhere || container.contains(active))) return
      const { onOpen: open, onEscape: close } = handlers.current
      if (event.key === 'Escape' && close && (nowhere || editor.view.dom.contains(active))) {
        close()
        return
      }
      const mode = modeOf(event)
      if (!mode) return
      event.preventDefault()
      open(mode)
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [containerRef, editor])
}

/**
 * Find and replace for one editor: the shortcuts that open it and the bar itself (null while
 * closed). `containerRef` goes on the element the shortcuts work in. Closing the bar removes the
 * highlights and gives the focus back to the body, with the current match selected.
 */
export function useFindBar(
  editor: Editor,
  readOnly: boolean,
): { containerRef: RefObject<HTMLDivElement | null>; findBar: ReactNode } {
  const containerRef = useRef<HTMLDivElement>(null)
  const [request, setRequest] = useState<FindRequest | null>(null)
  const open = useCallback(
    (mode: FindMode) => {
      editor.commands.openFind(selectedQuery(editor))
      setRequest({ mode: readOnly ? 'find' : mode, focus: true })
    },
    [editor, readOnly],
  )
  const close = useCallback(() => {
    editor.chain().closeFind().focus().run()
    setRequest(null)
  }, [editor])
  useFindShortcuts(containerRef, editor, open, request ? close : null)
  // Edit › Find… and Replace… in the app menu.
  useEffect(() => {
    const stops = [
      onShellCommand('find', () => open('find')),
      onShellCommand('replace', () => open('replace')),
    ]
    return () => {
      for (const stop of stops) stop()
    }
  }, [open])
  const changeMode = useCallback((mode: FindMode) => setRequest({ mode, focus: false }), [])
  const findBar = request && (
    <FindBar
      editor={editor}
      request={request}
      readOnly={readOnly}
      onModeChange={changeMode}
      onClose={close}
    />
  )
  return { containerRef, findBar }
}
