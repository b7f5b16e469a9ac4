import { useEffect, useState } from 'react'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { useReadOnly } from './read-only'

/**
 * The name this user's saves are recorded under in each article's history ("saved by"), kept in
 * the settings. Saved when the field is left or Enter is pressed, not at every keystroke, so the
 * history never records half a name.
 */
export function DisplayNameField() {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const [saved, setSaved] = useState('')
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    send('settings.get', {}).then(
      (settings) => {
        setSaved(settings.displayName)
        setValue(settings.displayName)
      },
      () => undefined,
    )
  }, [])

  const commit = () => {
    const name = value.trim()
    if (name === saved) return
    send('settings.update', { displayName: name }).then(
      (settings) => {
        setSaved(settings.displayName)
        setValue(settings.displayName)
        setError(null)
      },
      (e: unknown) => setError((e as Error).message),
    )
  }

  return (
    <input
      className="display-name"
      type="text"
      dir="auto"
      maxLength={100}
      aria-label={t('displayName')}
      title={error ?? t('displayNameHint')}
      aria-invalid={error !== null}
      placeholder={t('displayName')}
      disabled={readOnly}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit()
      }}
    />
  )
}
