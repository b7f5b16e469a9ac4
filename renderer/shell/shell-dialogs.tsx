import { useEffect, useState } from 'react'
import { setSpellcheckMode } from '../spelling/spellcheck-mode'
import { AboutDialog } from './about-dialog'
import { onShellCommand, runShellCommand } from './command-bus'
import { ShortcutsDialog } from './shortcuts-dialog'

/**
 * Help's dialogs (Keyboard shortcuts, About), opened from the menu or, for the shortcuts, with
 * Ctrl+/ (⌘/) from anywhere. Also carries out Edit › Spelling's choice and, in browser mode,
 * View › Full screen.
 */
export function ShellDialogs() {
  const [open, setOpen] = useState<'shortcuts' | 'about' | null>(null)
  useEffect(() => {
    const stops = [
      onShellCommand('shortcuts', () => setOpen('shortcuts')),
      onShellCommand('about', () => setOpen('about')),
      onShellCommand('spellcheck', ({ mode }) => {
        setSpellcheckMode(mode).catch(() => undefined)
      }),
      onShellCommand('full-screen', () => {
        const done = document.fullscreenElement
          ? document.exitFullscreen()
          : document.documentElement.requestFullscreen()
        done.catch(() => undefined)
      }),
    ]
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      if (event.key === '/' || event.code === 'Slash') {
        event.preventDefault()
        runShellCommand({ command: 'shortcuts' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      for (const stop of stops) stop()
      window.removeEventListener('keydown', onKey)
    }
  }, [])
  if (open === 'shortcuts') return <ShortcutsDialog onClosed={() => setOpen(null)} />
  if (open === 'about') return <AboutDialog onClosed={() => setOpen(null)} />
  return null
}
