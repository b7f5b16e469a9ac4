import type { Editor } from '@tiptap/core'
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import type { FoundWord } from '../../shared/spelling/spell-words'
import { type SpellcheckEngine, spellcheckEngine, useSpellcheckMode } from './spellcheck-mode'
import { onVerdictsChanged } from './spelling-cache'
import { SpellingMenu } from './spelling-menu'

/** What the editor needs from spelling: the engine in use and the menu to show. */
export interface SpellcheckUi {
  engine: SpellcheckEngine
  /** The word menu, when one is open. */
  menu: ReactNode
  /** Opens the menu of a misspelled word (the Spellcheck extension calls it). */
  openMenu: (word: FoundWord) => void
}

/**
 * Connects one editor to the spellcheck setting: Midad's marks on with the `midad` engine, off
 * otherwise, checked again whenever the newsroom dictionary changes; and the word menu.
 */
export function useSpellcheck(editor: Editor): SpellcheckUi {
  const engine = spellcheckEngine(useSpellcheckMode())
  const [word, setWord] = useState<FoundWord | null>(null)
  const openRef = useRef(setWord)
  openRef.current = setWord

  useEffect(() => {
    editor.commands.setSpellcheck(engine === 'midad')
    if (engine !== 'midad') setWord(null)
  }, [editor, engine])
  useEffect(() => onVerdictsChanged(() => editor.commands.recheckSpelling()), [editor])
  // The menu belongs to a word at a place: any edit (an undo, a save's reload) closes it.
  useEffect(() => {
    if (!word) return
    const onChange = () => setWord(null)
    editor.on('update', onChange)
    return () => {
      editor.off('update', onChange)
    }
  }, [editor, word])

  const onClose = useCallback(() => setWord(null), [])
  const openMenu = useCallback((next: FoundWord) => openRef.current(next), [])
  const menu = word ? (
    <SpellingMenu key={`${word.from}-${word.word}`} editor={editor} word={word} onClose={onClose} />
  ) : null
  return { engine, menu, openMenu }
}
