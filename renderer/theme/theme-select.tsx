import { useEffect, useState } from 'react'
import type { Theme } from '../../shared/settings/settings-schema'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { onShellCommand } from '../shell/command-bus'
import { applyTheme, cachedTheme } from './apply-theme'
import { chooseTheme, showStoredTheme, useTheme } from './theme-state'

// Runs once when the bundle loads, before React renders anything: the last theme shows at once.
applyTheme(cachedTheme())

const themes: readonly Theme[] = ['system', 'light', 'dark']

/**
 * The header's theme menu: follow the operating system (the default), or always light or dark.
 * It reads the stored setting itself (the header mounts after settings load, so this is quick),
 * and saves each change. View › Theme in the app menu makes the same choice (see theme-state.ts).
 * A failed save keeps the theme shown for this session and says so.
 */
export function ThemeSelect() {
  const { t } = useI18n()
  const theme = useTheme()
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    send('settings.get', {}).then(
      (settings) => showStoredTheme(settings.theme),
      (e: unknown) => setError((e as Error).message),
    )
  }, [])

  const change = (next: Theme) => {
    setError(null)
    chooseTheme(next).catch((e: unknown) => setError((e as Error).message))
  }

  useEffect(
    () =>
      onShellCommand('theme', (command) => {
        setError(null)
        chooseTheme(command.theme).catch((e: unknown) => setError((e as Error).message))
      }),
    [],
  )

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
