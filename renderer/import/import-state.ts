import { useSyncExternalStore } from 'react'

/** A message about the last import: an error (role=alert), or a note on what it left out. */
export interface ImportBanner {
  kind: 'error' | 'info'
  text: string
}

/** What the Import… button and the window's drop target share. */
export interface ImportState {
  /** Files are being dragged over the window: the drop overlay shows. */
  dragging: boolean
  /** Imports under way. */
  busy: number
  banner: ImportBanner | null
}

let state: ImportState = { dragging: false, busy: 0, banner: null }
const listeners = new Set<() => void>()

/**
 * Changes the shared import state. It lives outside React because the button (in the header)
 * and the drop target (a hook on the whole window) are in different places of the tree, and the
 * overlay and error banner are drawn once, by the button, for both.
 */
export function setImportState(patch: Partial<ImportState>): void {
  const next = { ...state, ...patch }
  if ((Object.keys(patch) as (keyof ImportState)[]).every((key) => next[key] === state[key])) return
  state = next
  for (const listener of listeners) listener()
}

/** The shared import state, re-rendering on change. */
export function useImportState(): ImportState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => state,
  )
}

/** The state now, for event handlers. */
export const importState = (): ImportState => state
