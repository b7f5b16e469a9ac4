import { useEffect, useState } from 'react'
import type { SpellcheckMode } from '../../shared/settings/settings-schema'
import {
  spellcheckEngine as engineFor,
  type SpellcheckEngine,
} from '../../shared/spelling/spellcheck-engine'
import { send } from '../api/send'

/** True in the desktop app (the preload gave the page its bridge), false in browser mode. */
export const isDesktop = (): boolean => window.midad !== undefined

/** The engine a setting means in this window (see shared/spelling/spellcheck-engine.ts). */
export const spellcheckEngine = (mode: SpellcheckMode, desktop = isDesktop()): SpellcheckEngine =>
  engineFor(mode, desktop)

let current: SpellcheckMode = 'auto'
const listeners = new Set<(mode: SpellcheckMode) => void>()

function announce(mode: SpellcheckMode): void {
  current = mode
  for (const listener of [...listeners]) listener(mode)
}

/** Reads the stored setting once the settings arrive (App calls it with `settings.spellcheck`). */
export function initSpellcheckMode(mode: SpellcheckMode): void {
  announce(mode)
}

/** Saves a new mode and tells every editor at once; a failed save is thrown to the caller. */
export async function setSpellcheckMode(mode: SpellcheckMode): Promise<void> {
  announce(mode)
  const settings = await send('settings.update', { spellcheck: mode })
  if (settings.spellcheck !== current) announce(settings.spellcheck)
}

/** The current setting, re-rendering when it changes. */
export function useSpellcheckMode(): SpellcheckMode {
  const [mode, setMode] = useState(current)
  useEffect(() => {
    setMode(current)
    listeners.add(setMode)
    return () => {
      listeners.delete(setMode)
    }
  }, [])
  return mode
}
export type { SpellcheckEngine }
