import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import { LENGTH_BOUNDS, type LengthField } from './house-style-form'

/** One choice of a {@link ChoiceGroup}: its value, its name, and what it looks like in copy. */
export interface Choice<T extends string> {
  value: T
  label: MessageId
  /** Shown after the name, as the choice prints (Arabic text, so it keeps its direction). */
  example: string
}

/**
 * A group of radio buttons under a legend. Each choice shows an example of what it prints, since
 * «…» against “…” is easier to choose by sight than by name.
 */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  hint,
  choices,
  value,
  disabled,
  onChange,
}: {
  name: string
  legend: MessageId
  hint?: MessageId
  choices: Choice<T>[]
  value: T | undefined
  disabled: boolean
  onChange: (value: T) => void
}) {
  const { t } = useI18n()
  return (
    <fieldset className="house-style-group" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{t(legend)}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="house-style-choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            disabled={disabled}
            onChange={() => onChange(choice.value)}
          />
          <span>{t(choice.label)}</span>
          <bdi className="house-style-example" dir="rtl" lang="ar">
            {choice.example}
          </bdi>
        </label>
      ))}
      {hint && (
        <p id={`${name}-hint`} className="muted">
          {t(hint)}
        </p>
      )}
    </fieldset>
  )
}

/** A length limit typed as a number, with its bounds as a hint and an inline error. */
export function LengthInput({
  id,
  field,
  label,
  hint,
  value,
  invalid,
  disabled,
  onChange,
}: {
  id: string
  field: LengthField
  label: MessageId
  hint: MessageId
  value: string
  invalid: boolean
  disabled: boolean
  onChange: (value: string) => void
}) {
  const { t } = useI18n()
  const bounds = LENGTH_BOUNDS[field]
  return (
    <div className="house-style-length">
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        dir="ltr"
        autoComplete="off"
        value={value}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="muted">
        {t(hint, bounds)}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="error">
          {t('houseStyle.error.range', bounds)}
        </p>
      )}
    </div>
  )
}
