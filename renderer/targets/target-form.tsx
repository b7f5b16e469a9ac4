import { type FormEvent, useEffect, useRef, useState } from 'react'
import type { ArgsOf } from '../../shared/api/contract'
import type { Target, TargetKind } from '../../shared/publish/target-schema'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import { type TargetFieldErrors, TargetFields } from './target-fields'
import {
  addArgs,
  blankValues,
  type Checked,
  refusedFields,
  type TargetField,
  testArgs,
  updateArgs,
  valuesOf,
} from './target-form-values'

/** What each field asks for, said in the UI's language when the form refuses it. */
const invalid: Record<TargetField, MessageId> = {
  name: 'targetNameInvalid',
  dir: 'targetDirInvalid',
  url: 'targetUrlInvalid',
  user: 'targetUserInvalid',
  appPassword: 'appPasswordInvalid',
}

interface TargetFormProps {
  idPrefix: string
  kind: TargetKind
  /** The target being edited; null for a new one. */
  saved: Target | null
  /** A test is running: Test connection waits for it. */
  testing: boolean
  onSaved: (target: Target) => void
  onTest: (args: ArgsOf<'targets.test'>, name: string) => void
  onCancel: () => void
}

/**
 * Adds or edits one target. The form checks its values with the contract's schemas first and
 * shows each problem next to its field; the backend's refusals (a name already taken, a folder
 * that is not a full path) are shown there too. "Test connection" tries the values as typed.
 */
export function TargetForm({
  idPrefix: id,
  kind,
  saved,
  testing,
  onSaved,
  onTest,
  onCancel,
}: TargetFormProps) {
  const { t } = useI18n()
  const [values, setValues] = useState(() => (saved ? valuesOf(saved) : blankValues(kind)))
  const [errors, setErrors] = useState<TargetFieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const focusNext = useRef<TargetField | null>('name')

  // The name first when the form opens; the first refused field after a refusal, once the
  // fieldset is enabled again.
  useEffect(() => {
    if (!focusNext.current || saving) return
    document.getElementById(`${id}-${focusNext.current}`)?.focus()
    focusNext.current = null
  })

  const refuse = (next: TargetFieldErrors) => {
    setErrors(next)
    const first = (['name', 'dir', 'url', 'user', 'appPassword'] as const).find((f) => next[f])
    focusNext.current = first ?? null
  }
  const refuseFields = (fields: TargetField[], message: (f: TargetField) => MessageId) =>
    refuse(Object.fromEntries(fields.map((f) => [f, t(message(f))])))

  /** The checked arguments, or null after showing what is wrong. */
  const checked = <T,>(result: Checked<T>, message = (f: TargetField) => invalid[f]): T | null => {
    if (result.ok) return result.args
    refuseFields(result.fields, message)
    return null
  }

  /** Sends the form, or returns null after showing what is wrong with it. */
  const save = (): Promise<Target> | null => {
    if (!saved) {
      const args = checked(addArgs(values))
      return args && send('targets.add', args)
    }
    const args = checked(updateArgs(values, saved))
    if (!args) return null
    // Only the id: nothing changed, so there is nothing to write.
    return Object.keys(args).length === 1 ? Promise.resolve(saved) : send('targets.update', args)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (saving) return
    setFormError(null)
    const request = save()
    if (!request) return
    setErrors({})
    setSaving(true)
    try {
      const target = await request
      setSaving(false)
      onSaved(target)
    } catch (error) {
      setSaving(false)
      const fields = Object.keys(refusedFields(error)) as TargetField[]
      // The backend's own reasons, past the schema: a name taken, a folder not given in full.
      if (fields.length > 0)
        refuseFields(fields, (f) => (f === 'name' ? 'targetNameTaken' : invalid[f]))
      else setFormError(t('targetSaveFailed', { message: (error as Error).message }))
    }
  }

  const test = () => {
    setFormError(null)
    const forTest = (f: TargetField) =>
      f === 'appPassword' && saved ? 'appPasswordForTest' : invalid[f]
    const args = checked(testArgs(values, saved), forTest)
    if (!args) return
    setErrors({})
    onTest(args, values.name.trim() || saved?.name || t(`targetKind.${kind}`))
  }

  const title = saved
    ? t('editTargetTitle', { name: saved.name })
    : t(kind === 'folder' ? 'newFolderTarget' : 'newWordPressTarget')

  return (
    <form
      className="target-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <fieldset disabled={saving}>
        <TargetFields
          idPrefix={id}
          values={values}
          errors={errors}
          keepsPassword={saved?.kind === 'wordpress'}
          onChange={(patch) => {
            setValues((v) => ({ ...v, ...patch }))
            setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))))
          }}
        />
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        <div className="actions">
          <button className="button primary" type="submit">
            {t('saveTarget')}
          </button>
          <button className="button" type="button" disabled={testing} onClick={test}>
            {t('testConnection')}
          </button>
          <button className="button" type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
