import { useEffect, useState } from 'react'
import type { Theme } from '../../shared/settings/settings-schema'
import { send } from '../api/send'
import { applyTheme, cachedTheme } from './apply-theme'

let current: Theme = cachedTheme()
const listeners = new Set<(theme: Theme) => void>()

function show(theme: Theme): void {
  current = theme
  applyTheme(theme)
  for (const listener of [...listeners]) listener(theme)
}

/** Set once the user picks a theme, so a late `settings.get` does not undo the choice. */
let chosen = false

/** Shows the stored theme once settings arrive, unless the user already picked one. */
export function showStoredTheme(theme: Theme): void {
  if (!chosen) show(theme)
}

/**
 * The user picked a theme (the header's Theme menu or View › Theme): it shows at once everywhere
 * and is saved with `settings.update`; a failed save is thrown, and the theme stays for the session.
 */
export async function chooseTheme(theme: Theme): Promise<void> {
  chosen = true
  show(theme)
  await send('settings.update', { theme })
}

/** The theme shown now, re-rendering when it changes. */
export function useTheme(): Theme {
  const [theme, setTheme] = useState(current)
  useEffect(() => {
    setTheme(current)
    listeners.add(setTheme)
    return () => {
      listeners.delete(setTheme)
    }
  }, [])
  return theme
}
