import { useEffect, useRef } from 'react'
import { isDesktop } from '../spelling/spellcheck-mode'
import { onShellCommand } from './command-bus'

export interface WorkspaceCommands {
  newArticle: () => void
  save: () => void
  exportHtml: () => void
  openArticle: (id: string) => void
}

/**
 * The menu commands the workspace carries out (File › New, Save, Export HTML, Open recent).
 * Registered once; the latest callbacks are used, so the menu always acts on the open article.
 */
export function useWorkspaceCommands(commands: WorkspaceCommands): void {
  const ref = useRef(commands)
  ref.current = commands
  useEffect(() => {
    const stops = [
      onShellCommand('new-article', () => ref.current.newArticle()),
      onShellCommand('save', () => ref.current.save()),
      onShellCommand('export-html', () => ref.current.exportHtml()),
      onShellCommand('open-article', ({ id }) => ref.current.openArticle(id)),
    ]
    return () => {
      for (const stop of stops) stop()
    }
  }, [])
}

/**
 * Browser mode: closing the tab or reloading while an edit is not saved yet makes the browser ask
 * first. (The desktop app asks itself, naming the articles: see electron/desktop/quit-guard.ts.)
 */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved || isDesktop()) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older Chromium versions ask only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [unsaved])
}
