import { useId } from 'react'
import type { Digits } from '../../shared/settings/settings-schema'
import { useReadOnly } from '../app/read-only'
import { useModal } from '../comments/use-modal'
import { useI18n } from '../i18n/i18n'
import { DIGIT_CHOICES, QUOTE_CHOICES, SLUG_CHOICES } from './house-style-choices'
import { ChoiceGroup, LengthInput } from './house-style-fields'
import type { LengthField } from './house-style-form'
import { useHouseStyleForm } from './use-house-style-form'

/**
 * The House style screen: the newsroom's quotation marks, digits, paragraph and headline limits
 * (what the Style check and `midad lint` hold copy to) and how new slugs are made. Lengths that
 * are not whole numbers within their bounds are pointed out and nothing is saved. `digits` is the
 * one digits setting, shared with the header's menu: `digits`/`onDigits` keep the two in step.
 */
export function HouseStyleDialog({
  digits,
  onDigits,
  onClosed,
}: {
  digits?: Digits | undefined
  onDigits?: ((digits: Digits) => void) | undefined
  onClosed: () => void
}) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const id = useId()
  const dialog = useModal()
  const { values, errors, status, busy, change, save } = useHouseStyleForm(digits, onDigits)

  const disabled = readOnly || !values
  const length = (field: LengthField) => (
    <LengthInput
      id={`${id}-${field}`}
      field={field}
      label={`houseStyle.${field}`}
      hint={`houseStyle.${field}Hint`}
      value={values?.[field] ?? ''}
      invalid={errors[field] === true}
      disabled={disabled}
      onChange={(text) => change({ [field]: text })}
    />
  )
  return (
    <dialog
      ref={dialog}
      className="house-style-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('houseStyle')}</h2>
      <p className="muted">{t('houseStyle.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save().then((wrong) => {
            if (wrong) document.getElementById(`${id}-${wrong}`)?.focus()
          })
        }}
      >
        <ChoiceGroup
          name={`${id}-quotes`}
          legend="houseStyle.quotes"
          choices={QUOTE_CHOICES}
          value={values?.quotes}
          disabled={disabled}
          onChange={(quotes) => change({ quotes })}
        />
        <ChoiceGroup
          name={`${id}-digits`}
          legend="houseStyle.digits"
          hint="houseStyle.digitsHint"
          choices={DIGIT_CHOICES}
          value={values?.digits}
          disabled={disabled}
          onChange={(next) => change({ digits: next })}
        />
        {length('maxParagraphWords')}
        {length('maxHeadlineChars')}
        <ChoiceGroup
          name={`${id}-slugs`}
          legend="houseStyle.slugs"
          choices={SLUG_CHOICES}
          value={values?.slugs}
          disabled={disabled}
          onChange={(slugs) => change({ slugs })}
        />
        <div className={`house-style-status${status?.error ? ' error' : ''}`} role="status">
          {status && <p>{status.text}</p>}
        </div>
        <div className="house-style-actions">
          <button className="button primary" type="submit" disabled={disabled || busy}>
            {t('houseStyle.save')}
          </button>
          <button className="button" type="button" onClick={() => dialog.current?.close()}>
            {t('houseStyle.close')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
