/**
 * Tells listeners that the article was edited, without re-rendering anything: the editor pane
 * emits on every keystroke, and only an open publish panel listens (and waits for a pause before
 * it re-runs the checklist), so typing stays as fast with the panel closed as without it.
 */
export interface EditSignal {
  /** Calls `listener` after each edit; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void
  emit: () => void
}

/** A new signal with no listeners. */
export function createEditSignal(): EditSignal {
  const listeners = new Set<() => void>()
  return {
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit: () => {
      for (const listener of listeners) listener()
    },
  }
}
