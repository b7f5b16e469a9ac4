import { useState } from 'react'
import type { Digits } from '../../shared/settings/settings-schema'
import { useI18n } from '../i18n/i18n'
import { HouseStyleDialog } from './house-style-dialog'

/**
 * The header button that opens the House style screen (read-only mode shows it without saving).
 * The screen's digits are the header's digits menu's: given `digits` and `onDigits` (the app's
 * state and its setter), saving different digits there updates the menu at once too.
 */
export function HouseStyleButton({
  digits,
  onDigits,
}: {
  digits?: Digits | undefined
  onDigits?: ((digits: Digits) => void) | undefined
} = {}) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button className="button" type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('houseStyle')}
      </button>
      {open && (
        <HouseStyleDialog digits={digits} onDigits={onDigits} onClosed={() => setOpen(false)} />
      )}
    </>
  )
}
