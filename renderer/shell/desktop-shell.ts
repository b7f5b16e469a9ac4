import type { MidadShell, ShellReport } from '../../shared/shell/shell-bridge'
import { ShellCommand } from '../../shared/shell/shell-commands'
import { runShellCommand } from './command-bus'

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload (see shared/shell/shell-bridge.ts). */
    readonly midadShell?: MidadShell
  }
}

let connected = false

/**
 * Desktop app: carries out the native menu's commands. Each arrives over the preload's one fixed
 * channel and is validated before anything runs; anything else is dropped with a warning.
 */
export function connectDesktopShell(): void {
  if (connected || !window.midadShell) return
  connected = true
  window.midadShell.onCommand((raw) => {
    const parsed = ShellCommand.safeParse(raw)
    if (parsed.success) runShellCommand(parsed.data)
    else console.warn('Midad: an unknown menu command was ignored.')
  })
}

let last = ''

/** Desktop app: tells the main process what its menu and quit question need (only on change). */
export function reportToDesktop(state: ShellReport): void {
  const text = JSON.stringify(state)
  if (!window.midadShell || text === last) return
  last = text
  window.midadShell.report(state)
}
