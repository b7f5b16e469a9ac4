import type { Settings } from '../../shared/settings/settings-schema'

const EVENT = 'midad:house-style-changed'

/**
 * Tells open views (the Style check panel) that the house style was saved, with the settings the
 * backend returned, so they check against it at once without polling.
 */
export function announceHouseStyle(settings: Settings): void {
  window.dispatchEvent(new CustomEvent<Settings>(EVENT, { detail: settings }))
}

/** Calls `listener` with the new settings each time the house style is saved; returns the stop. */
export function onHouseStyleChanged(listener: (settings: Settings) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<Settings>).detail)
  window.addEventListener(EVENT, handle)
  return () => window.removeEventListener(EVENT, handle)
}
