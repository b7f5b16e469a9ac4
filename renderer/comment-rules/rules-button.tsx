import { useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { RulesDialog } from './rules-dialog'

/** "Moderation rules": opens the rules screen (read-only mode shows it without saving). */
export function RulesButton() {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button className="button" type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('comments.rules')}
      </button>
      {open && <RulesDialog onClosed={() => setOpen(false)} />}
    </>
  )
}
