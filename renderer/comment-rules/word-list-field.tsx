import { useI18n } from '../i18n/i18n'
import type { FieldError } from './rules-form-values'

/**
 * A word list as a text box, one word or phrase a line; `*word*` also matches inside longer
 * words. The hint says so, and an error sits right under the box, tied to it for screen readers.
 */
export function WordListField({
  id,
  label,
  value,
  error,
  disabled,
  onChange,
}: {
  id: string
  label: string
  value: string
  error: FieldError | undefined
  disabled: boolean
  onChange: (value: string) => void
}) {
  const { t } = useI18n()
  return (
    <div className="rules-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={6}
        value={value}
        disabled={disabled}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="muted">
        {t('comments.rules.wordsHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="error">
          {t(error.id, error.params)}
        </p>
      )}
    </div>
  )
}
