import type { SpellcheckMode } from '../settings/settings-schema'

/** What actually checks spelling in a window. */
export type SpellcheckEngine = 'midad' | 'browser' | 'off'

/**
 * The engine a setting means: `auto` is Midad's dictionary in the desktop app and the browser's
 * own spellcheck in browser mode. The desktop app has no browser spellcheck (Chromium's would
 * download its dictionaries from Google), so `browser` means Midad's dictionary there. The page
 * and the native menu's Spelling choices both use this, so they always agree.
 */
export function spellcheckEngine(mode: SpellcheckMode, desktop: boolean): SpellcheckEngine {
  if (mode === 'off') return 'off'
  if (mode === 'midad' || desktop) return 'midad'
  return 'browser'
}
