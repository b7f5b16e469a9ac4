import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import type { TargetField, TargetFormValues } from './target-form-values'

/** A message under a field, tied to it with aria-describedby. */
export type TargetFieldErrors = Partial<Record<TargetField, string>>

interface TargetFieldsProps {
  /** The input of field `f` is `${idPrefix}-${f}`, for focusing the first refused one. */
  idPrefix: string
  values: TargetFormValues
  errors: TargetFieldErrors
  /** Editing a saved WordPress target: an empty password keeps the saved one. */
  keepsPassword: boolean
  onChange: (patch: Partial<TargetFormValues>) => void
}

interface FieldSpec {
  field: TargetField
  label: MessageId
  hint: MessageId
  type: 'text' | 'url' | 'password'
  /** Paths, addresses, logins and passwords are Latin: they read left to right in Arabic too. */
  latin: boolean
  maxLength: number
}

const specs: Record<TargetField, FieldSpec> = {
  name: {
    field: 'name',
    label: 'targetName',
    hint: 'targetNameHint',
    type: 'text',
    latin: false,
    maxLength: 80,
  },
  dir: {
    field: 'dir',
    label: 'targetDir',
    hint: 'targetDirHint',
    type: 'text',
    latin: true,
    maxLength: 4096,
  },
  url: {
    field: 'url',
    label: 'targetUrl',
    hint: 'targetUrlHint',
    type: 'url',
    latin: true,
    maxLength: 2000,
  },
  user: {
    field: 'user',
    label: 'targetUser',
    hint: 'targetUserHint',
    type: 'text',
    latin: true,
    maxLength: 200,
  },
  appPassword: {
    field: 'appPassword',
    label: 'appPassword',
    hint: 'appPasswordHint',
    type: 'password',
    latin: true,
    maxLength: 200,
  },
}

/**
 * The fields of a target form: a name, then a folder, or a WordPress address, user and
 * Application Password. Nothing here is remembered by the browser (autocomplete off): the password
 * is kept by Midad's backend only, and is never shown again once saved.
 */
export function TargetFields({
  idPrefix: id,
  values,
  errors,
  keepsPassword,
  onChange,
}: TargetFieldsProps) {
  const { t } = useI18n()
  const shown: TargetField[] =
    values.kind === 'folder' ? ['name', 'dir'] : ['name', 'url', 'user', 'appPassword']

  const field = ({ field: f, label, hint, type, latin, maxLength }: FieldSpec): ReactNode => {
    const required = !(f === 'appPassword' && keepsPassword)
    const hints = [`${id}-${f}-hint`, errors[f] && `${id}-${f}-error`].filter(Boolean).join(' ')
    return (
      <div key={f} className="target-field">
        <label htmlFor={`${id}-${f}`}>{t(label)}</label>
        <input
          id={`${id}-${f}`}
          type={type}
          dir={latin ? 'ltr' : 'auto'}
          spellCheck={false}
          autoComplete="off"
          maxLength={maxLength}
          aria-required={required}
          aria-invalid={Boolean(errors[f])}
          aria-describedby={hints}
          placeholder={f === 'url' ? 'https://example.com/' : undefined}
          value={values[f]}
          onChange={(e) => onChange({ [f]: e.target.value })}
        />
        <p id={`${id}-${f}-hint`} className="hint">
          {t(hint)}
          {f === 'appPassword' && keepsPassword && ` ${t('appPasswordKeepHint')}`}
        </p>
        {errors[f] && (
          <p id={`${id}-${f}-error`} className="error" role="alert">
            {errors[f]}
          </p>
        )}
      </div>
    )
  }

  return <div className="settings-fields">{shown.map((f) => field(specs[f]))}</div>
}
