import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { atomicWriteFile } from '../store/atomic-write'
import type { Rectangle, RestoredWindowState, WindowStateFile } from './window-state'

/** The events after which the window's state may have changed; 'close' also saves at once. */
const CHANGES = [
  'resize',
  'move',
  'maximize',
  'unmaximize',
  'enter-full-screen',
  'leave-full-screen',
] as const

/** What trackWindowState needs of Electron's BrowserWindow. */
export interface TrackedWindow {
  on(event: (typeof CHANGES)[number] | 'close' | 'closed', listener: () => void): unknown
  removeListener(
    event: (typeof CHANGES)[number] | 'close' | 'closed',
    listener: () => void,
  ): unknown
  getNormalBounds(): Rectangle
  isMaximized(): boolean
  isFullScreen(): boolean
  isDestroyed(): boolean
}

export interface TrackOptions {
  /** Quiet time after the last change before it is written (default 500 ms). */
  delayMs?: number
  /** A save that failed (disk full, …): the window keeps working; default: a console warning. */
  onError?: (error: unknown) => void
}

export interface WindowStateTracker {
  /** Resolves when every started write has finished (tests; a clean shutdown). */
  idle(): Promise<void>
  /** Stops listening (done by itself when the window is closed for good). */
  stop(): void
}

/**
 * Saves the window's NORMAL bounds (getNormalBounds: a maximised or full-screen window restores to
 * its previous size when it leaves that mode) and its mode to `file`. Writes are debounced (a drag
 * fires hundreds of 'move' events) and atomic. On 'close' the state is written synchronously: the
 * app quits right after the last window closes and would not wait for an asynchronous write.
 */
export function trackWindowState(
  window: TrackedWindow,
  file: string,
  options: TrackOptions = {},
): WindowStateTracker {
  const delay = options.delayMs ?? 500
  const onError =
    options.onError ??
    ((error) => console.warn(`Midad: the window state was not saved: ${String(error)}`))
  let timer: ReturnType<typeof setTimeout> | undefined
  let written = ''
  let writing = 0
  let queue = Promise.resolve()

  const snapshot = (): string => {
    const bounds = window.getNormalBounds()
    const state: WindowStateFile = {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
    }
    return `${JSON.stringify(state, null, 2)}\n`
  }
  const failed = (error: unknown) => {
    written = '' // not on disk: the next save writes even an unchanged state
    onError(error)
  }
  const saveLater = (text: string) => {
    writing++
    queue = queue
      .then(() => atomicWriteFile(file, text))
      .catch(failed)
      .finally(() => writing--)
  }
  const save = () => {
    timer = undefined
    if (window.isDestroyed()) return
    const text = snapshot()
    if (text === written) return
    written = text
    saveLater(text)
  }
  const changed = () => {
    clearTimeout(timer)
    timer = setTimeout(save, delay)
  }
  const closing = () => {
    clearTimeout(timer)
    timer = undefined
    if (window.isDestroyed()) return
    const text = snapshot()
    if (text === written) return
    written = text
    try {
      writeAtomicSync(file, text)
    } catch (error) {
      failed(error)
    }
    // An asynchronous write still in flight would land after this one: write the last state again.
    if (writing > 0) saveLater(text)
  }
  const stop = () => {
    clearTimeout(timer)
    for (const event of CHANGES) window.removeListener(event, changed)
    window.removeListener('close', closing)
    window.removeListener('closed', stop)
  }
  for (const event of CHANGES) window.on(event, changed)
  window.on('close', closing)
  window.on('closed', stop)
  return { idle: () => queue, stop }
}

/** atomicWriteFile's steps, synchronously (a temp file, flushed, renamed over the target). */
function writeAtomicSync(file: string, text: string): void {
  const temp = `${file}.${process.pid}.closing.tmp`
  try {
    const fd = openSync(temp, 'w', 0o600)
    try {
      writeSync(fd, text)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/** What applyWindowState needs of Electron's BrowserWindow. */
export interface RestorableWindow {
  setBounds(bounds: Rectangle): void
  setSize(width: number, height: number): void
  center(): void
  maximize(): void
  setFullScreen(flag: boolean): void
}

/**
 * Puts a not-yet-shown window where loadWindowState says: the saved place, or the saved size
 * centred; then maximised or full screen over those normal bounds. Call it before `show()`
 * (maximize() shows the window on Windows).
 */
export function applyWindowState(window: RestorableWindow, state: RestoredWindowState): void {
  const { x, y, width, height } = state.bounds
  if (x === undefined || y === undefined) {
    window.setSize(width, height)
    window.center()
  } else {
    window.setBounds({ x, y, width, height })
  }
  if (state.maximized) window.maximize()
  if (state.fullScreen) window.setFullScreen(true)
}
