import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { fromLocalInput, localTimeZone, toLocalInput } from './scheduled-date'

interface ScheduledAtFieldProps {
  /** The input's id (the panel focuses it by id). */
  id: string
  value: string | null
  readOnly: boolean
  onChange: (scheduledAt: string | null) => void
}

/**
 * The scheduled date: a datetime-local input in this computer's time zone (named in the hint),
 * stored as an ISO date with its offset. While a date is half typed the browser reports no value;
 * that is not taken for "cleared" (the stored date stays until the input holds a whole one, or is
 * emptied, or Clear is pressed).
 */
export function ScheduledAtField({ id, value, readOnly, onChange }: ScheduledAtFieldProps) {
  const { t } = useI18n()
  const [text, setText] = useState(() => toLocalInput(value))
  const input = useRef<HTMLInputElement>(null)

  // A date set from elsewhere (a restore, a reload) replaces what the field shows.
  useEffect(() => {
    setText((current) => (fromLocalInput(current) === value ? current : toLocalInput(value)))
  }, [value])

  return (
    <>
      <label htmlFor={id}>{t('scheduledAt')}</label>
      <div className="scheduled-at">
        <input
          ref={input}
          id={id}
          type="datetime-local"
          dir="ltr"
          step={60}
          max="9999-12-31T23:59"
          readOnly={readOnly}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            if (e.target.validity.badInput) return
            const next = e.target.value === '' ? null : fromLocalInput(e.target.value)
            if (next !== null || e.target.value === '') onChange(next)
          }}
        />
        {value && !readOnly && (
          <button
            className="button"
            type="button"
            onClick={() => {
              setText('')
              onChange(null)
              input.current?.focus()
            }}
          >
            {t('clearScheduledAt')}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('scheduledAtHint', { zone: localTimeZone() })}
      </p>
    </>
  )
}
