import type { QuitWarningText } from '../../shared/shell/quit-warning'

export type { QuitWarningText }

/** The part of Electron's close event the guard uses. */
export interface PreventableEvent {
  preventDefault(): void
}

/** What guardQuit needs of Electron's BrowserWindow. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown
  close(): void
  isDestroyed(): boolean
}

/** What guardQuit needs of Electron's `app`. */
export interface QuitApp {
  on(event: 'before-quit', listener: () => void): unknown
  quit(): void
}

/** The message box's options (a subset of Electron's MessageBoxOptions). */
export interface QuitMessageBoxOptions {
  type: 'warning'
  message: string
  detail: string
  buttons: string[]
  defaultId: number
  cancelId: number
  noLink: boolean
}

/** What guardQuit needs of Electron's `dialog`. */
export interface QuitDialog<W> {
  showMessageBox(window: W, options: QuitMessageBoxOptions): Promise<{ response: number }>
}

export interface QuitGuardOptions<W extends GuardedWindow> {
  window: W
  dialog: QuitDialog<W>
  app: QuitApp
  /** What closing now would lose (quitWarning's result), or null when nothing. */
  warning: () => Promise<QuitWarningText | null>
  /** The warning could not be computed; the window closes anyway (never trap the user). */
  onError?: (error: unknown) => void
}

/** Index of the quit button: Keep Open (0) is first, the default, and what Esc chooses. */
const QUIT = 1

/**
 * Asks before the main window closes when something would be lost (unsaved edits, publishing
 * jobs not sent yet; see quitWarning), so a reflexive Cmd+Q or click on × does not throw away
 * work. Each close is held (preventDefault) while the warning is computed; with nothing to lose,
 * or after "Quit Anyway", the window is closed for real, and if the close came from quitting the
 * app (Cmd+Q, the menu, the system), the app quits too. A second close while asking is ignored.
 */
export function guardQuit<W extends GuardedWindow>(options: QuitGuardOptions<W>): void {
  const { window, dialog, app, warning } = options
  let confirmed = false
  let asking = false
  let quitting = false
  app.on('before-quit', () => {
    quitting = true
  })
  window.on('close', (event) => {
    if (confirmed) return
    event.preventDefault()
    if (asking) return
    asking = true
    void ask().then(
      (go) => finish(go),
      (error) => {
        options.onError?.(error)
        finish(true)
      },
    )
  })

  async function ask(): Promise<boolean> {
    const text = await warning()
    if (!text || window.isDestroyed()) return true
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      message: text.message,
      detail: text.detail,
      buttons: [text.cancel, text.quit],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    })
    return response === QUIT
  }

  function finish(go: boolean): void {
    asking = false
    if (!go) {
      quitting = false // the quit was cancelled: a later close of the window is only a close
      return
    }
    confirmed = true
    const quit = quitting
    if (!window.isDestroyed()) window.close()
    if (quit) app.quit()
  }
}
