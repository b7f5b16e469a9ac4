import { useEffect, useRef, useState } from 'react'
import type { Theme } from '../../shared/settings/settings-schema'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { applyTheme, cachedTheme } from './apply-theme'

// Runs once when the bundle loads, before React renders anything: the last theme shows at once.
applyTheme(cachedTheme())

const themes: readonly Theme[] = ['system', 'light', 'dark']

/**
 * The header's theme menu: follow the operating system (the default), or always light or dark.
 * It reads the stored setting itself (the header mounts after settings load, so this is quick),
 * applies it, and saves each change with `settings.update`. A failed save keeps the theme shown
 * for this session and says so.
 */
export function ThemeSelect() {
  const { t } = useI18n()
  const [theme, setTheme] = useState<Theme>(cachedTheme)
  const [error, setError] = useState<string | null>(null)
  /** Set once the user picks a theme, so a late `settings.get` does not undo the choice. */
  const chosen = useRef(false)

  useEffect(() => {
    send('settings.get', {}).then(
      (settings) => {
        if (chosen.current) return
        setTheme(settings.theme)
        applyTheme(settings.theme)
      },
      (e: unknown) => setError((e as Error).message),
    )
  }, [])

  const change = (next: Theme) => {
    chosen.current = true
    setTheme(next)
    applyTheme(next)
    setError(null)
    send('settings.update', { theme: next }).catch((e: unknown) => setError((e as Error).message))
  }

  return (
    <>
      <select
        aria-label={t('theme')}
        title={t('theme')}
        value={theme}
        onChange={(e) => change(e.target.value as Theme)}
      >
        {themes.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
      {error && (
        <span className="theme-error" role="alert">
          {t('themeSaveFailed', { message: error })}
        </span>
      )}
    </>
  )
}
