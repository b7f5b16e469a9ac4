/** What claimSingleInstance needs of Electron's `app`. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean
  on(event: 'second-instance', listener: () => void): unknown
}

/** What claimSingleInstance needs of the main window (Electron's BrowserWindow). */
export interface FocusableWindow {
  isDestroyed(): boolean
  isMinimized(): boolean
  restore(): void
  isVisible(): boolean
  show(): void
  focus(): void
}

/**
 * Makes Midad one program per data directory: Electron keys the lock on the `userData` path,
 * which main.ts sets to the data directory first, so a second launch (a double-click on the
 * icon while Midad is behind other windows) does not open a second editor on the same files; it
 * brings the open one forward: restored if minimised, shown if hidden, focused.
 *
 * Returns false when another Midad holds the lock: the caller must quit without opening anything.
 * `getWindow` is asked at each second launch (the window may not exist yet, or be closed).
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | null | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', () => {
    const window = getWindow()
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    if (!window.isVisible()) window.show()
    window.focus()
  })
  return true
}
