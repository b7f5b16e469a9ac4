import { Theme } from '../../shared/settings/settings-schema'

/** Where the last theme is kept in the renderer, to apply it before settings arrive. */
const CACHE_KEY = 'midad.theme'

/**
 * Shows the app in `theme`. 'system' removes `data-theme`, so the stylesheet's
 * `color-scheme: light dark` lets the OS decide; 'light'/'dark' pin `color-scheme` through
 * `[data-theme]` (see renderer/styles/app.css). The choice is also cached locally, because
 * settings arrive over the API only after the first paint: the cache spares a dark-mode user a
 * white flash at start. The stored setting stays the truth and replaces the cache once read.
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
  try {
    localStorage.setItem(CACHE_KEY, theme)
  } catch {
    // Storage can be unavailable (a locked-down profile): the theme still applies.
  }
}

/** The theme cached by the last `applyTheme`, or 'system' when none (or garbage) is cached. */
export function cachedTheme(): Theme {
  try {
    const parsed = Theme.safeParse(localStorage.getItem(CACHE_KEY))
    return parsed.success ? parsed.data : 'system'
  } catch {
    return 'system'
  }
}
