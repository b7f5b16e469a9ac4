import { useEffect, useRef } from 'react'

export interface Shortcuts {
  save: () => void
  newArticle: () => void
  exportHtml: () => void
  importFile: () => void
}

/**
 * App-wide shortcuts: Ctrl+S (⌘S) saves, Ctrl+N (⌘N) creates an article, Ctrl+E (⌘E) exports
 * it as HTML (a browser's own Ctrl+E, focusing its search box, is prevented), Ctrl+O (⌘O) imports
 * a file. Matched on the
 * physical key too, so they work with an Arabic keyboard layout, where "s" types "س".
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const ref = useRef(shortcuts)
  ref.current = shortcuts
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const key = event.key.toLowerCase()
      if (key === 's' || event.code === 'KeyS') {
        event.preventDefault()
        ref.current.save()
      } else if (key === 'n' || event.code === 'KeyN') {
        event.preventDefault()
        ref.current.newArticle()
      } else if (key === 'e' || event.code === 'KeyE') {
        event.preventDefault()
        ref.current.exportHtml()
      } else if (key === 'o' || event.code === 'KeyO') {
        event.preventDefault()
        ref.current.importFile()
      }
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])
}
