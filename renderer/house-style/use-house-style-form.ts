import { useEffect, useState } from 'react'
import type { Digits } from '../../shared/settings/settings-schema'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { announceHouseStyle } from './house-style-events'
import {
  type HouseStyleErrors,
  type HouseStyleValues,
  type LengthField,
  settingsToValues,
  valuesToUpdate,
} from './house-style-form'

/** The House style screen's state: the values shown, their errors and the last outcome. */
export interface HouseStyleForm {
  values: HouseStyleValues | null
  errors: HouseStyleErrors
  status: { text: string; error: boolean } | null
  busy: boolean
  change: (patch: Partial<HouseStyleValues>) => void
  /** Saves, or marks the wrong fields and returns the first of them (then nothing is sent). */
  save: () => Promise<LengthField | null>
}

/**
 * Loads the settings once when the screen opens and saves them back with `settings.update`.
 * After a save, open views hear of it (`announceHouseStyle`) and, when the digits changed, the
 * header's digits menu is told through `onDigits`.
 */
export function useHouseStyleForm(
  digits: Digits | undefined,
  onDigits: ((digits: Digits) => void) | undefined,
): HouseStyleForm {
  const { t } = useI18n()
  const [values, setValues] = useState<HouseStyleValues | null>(null)
  const [errors, setErrors] = useState<HouseStyleErrors>({})
  const [status, setStatus] = useState<HouseStyleForm['status']>(null)
  const [busy, setBusy] = useState(false)

  // Read once when opened; the header's digits (if given) are the ones on screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per opening
  useEffect(() => {
    send('settings.get', {}).then(
      (settings) => setValues(settingsToValues(settings, digits)),
      (error: unknown) =>
        setStatus({
          text: t('houseStyle.loadFailed', { message: (error as Error).message }),
          error: true,
        }),
    )
  }, [])

  const change = (patch: Partial<HouseStyleValues>) => {
    setValues((v) => (v ? { ...v, ...patch } : v))
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch)) delete next[key as LengthField]
      return next
    })
    setStatus(null)
  }

  const save = async (): Promise<LengthField | null> => {
    if (!values) return null
    const checked = valuesToUpdate(values)
    if ('errors' in checked) {
      setErrors(checked.errors)
      setStatus({ text: t('houseStyle.notSaved'), error: true })
      return checked.errors.maxParagraphWords ? 'maxParagraphWords' : 'maxHeadlineChars'
    }
    setBusy(true)
    try {
      const settings = await send('settings.update', checked.update)
      setValues(settingsToValues(settings))
      setErrors({})
      setStatus({ text: t('houseStyle.saved'), error: false })
      if (settings.digits !== digits) onDigits?.(settings.digits)
      announceHouseStyle(settings)
    } catch (error) {
      setStatus({
        text: t('houseStyle.saveFailed', { message: (error as Error).message }),
        error: true,
      })
    } finally {
      setBusy(false)
    }
    return null
  }

  return { values, errors, status, busy, change, save }
}
