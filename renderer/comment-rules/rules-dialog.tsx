import { useEffect, useId, useState } from 'react'
import { send } from '../api/send'
import { useReadOnly } from '../app/read-only'
import { useModal } from '../comments/use-modal'
import { useI18n } from '../i18n/i18n'
import {
  hasErrors,
  type RulesErrors,
  type RulesFormValues,
  rulesToValues,
  valuesToRules,
} from './rules-form-values'
import { WordListField } from './word-list-field'

/**
 * The auto-moderation rules, like WordPress's Discussion settings: words that hold a comment,
 * words that mark it spam, the most links allowed, and holding first-time commenters. Words
 * match the Arabic way (the hint says how). Invalid input is pointed out and nothing is saved.
 */
export function RulesDialog({ onClosed }: { onClosed: () => void }) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const id = useId()
  const dialog = useModal()
  const [values, setValues] = useState<RulesFormValues | null>(null)
  const [errors, setErrors] = useState<RulesErrors>({})
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    send('comments.rules.get', {}).then(
      (rules) => setValues(rulesToValues(rules)),
      (error: unknown) =>
        setStatus({
          text: t('comments.rules.loadFailed', { message: (error as Error).message }),
          error: true,
        }),
    )
  }, [t])

  const change = (patch: Partial<RulesFormValues>) => {
    setValues((v) => (v ? { ...v, ...patch } : v))
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch)) delete next[key as keyof RulesFormValues]
      return next
    })
    setStatus(null)
  }

  const save = async () => {
    if (!values) return
    const rules = valuesToRules(values)
    if (hasErrors(rules)) {
      setErrors(rules)
      setStatus({ text: t('comments.rules.notSaved'), error: true })
      const first = (['holdWords', 'spamWords', 'maxLinks'] as const).find((k) => rules[k])
      if (first) document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    setBusy(true)
    try {
      setValues(rulesToValues(await send('comments.rules.set', rules)))
      setErrors({})
      setStatus({ text: t('comments.rules.saved'), error: false })
    } catch (error) {
      setStatus({
        text: t('comments.rules.saveFailed', { message: (error as Error).message }),
        error: true,
      })
    } finally {
      setBusy(false)
    }
  }

  const disabled = readOnly || !values
  return (
    <dialog
      ref={dialog}
      className="comments-dialog rules-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('comments.rules')}</h2>
      <p className="muted">{t('comments.rules.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <WordListField
          id={`${id}-holdWords`}
          label={t('comments.rules.holdWords')}
          value={values?.holdWords ?? ''}
          error={errors.holdWords}
          disabled={disabled}
          onChange={(holdWords) => change({ holdWords })}
        />
        <WordListField
          id={`${id}-spamWords`}
          label={t('comments.rules.spamWords')}
          value={values?.spamWords ?? ''}
          error={errors.spamWords}
          disabled={disabled}
          onChange={(spamWords) => change({ spamWords })}
        />
        <div className="rules-field">
          <label htmlFor={`${id}-maxLinks`}>{t('comments.rules.maxLinks')}</label>
          <input
            id={`${id}-maxLinks`}
            type="text"
            inputMode="numeric"
            dir="ltr"
            value={values?.maxLinks ?? ''}
            disabled={disabled}
            aria-invalid={errors.maxLinks ? true : undefined}
            aria-describedby={`${id}-maxLinks-hint${errors.maxLinks ? ` ${id}-maxLinks-error` : ''}`}
            onChange={(event) => change({ maxLinks: event.target.value })}
          />
          <p id={`${id}-maxLinks-hint`} className="muted">
            {t('comments.rules.maxLinksHint')}
          </p>
          {errors.maxLinks && (
            <p id={`${id}-maxLinks-error`} className="error">
              {t(errors.maxLinks.id, errors.maxLinks.params)}
            </p>
          )}
        </div>
        <label className="rules-check">
          <input
            type="checkbox"
            checked={values?.holdFirstTime ?? false}
            disabled={disabled}
            onChange={(event) => change({ holdFirstTime: event.target.checked })}
          />
          {t('comments.rules.holdFirstTime')}
        </label>
        <div className={`rules-status${status?.error ? ' error' : ''}`} role="status">
          {status && <p>{status.text}</p>}
        </div>
        <div className="actions dialog-actions">
          <button className="button primary" type="submit" disabled={disabled || busy}>
            {t('comments.rules.save')}
          </button>
          <button className="button" type="button" onClick={() => dialog.current?.close()}>
            {t('comments.close')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
