import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n'

interface CommentTextFormProps {
  label: string
  submitLabel: string
  initial: string
  onSubmit: (text: string) => Promise<boolean>
  onCancel: () => void
}

/**
 * A reply or an edit: a labelled text box that takes the focus, sent with its button or
 * Ctrl+Enter, cancelled with Escape (which goes no further, so nothing else closes with it).
 */
export function CommentTextForm({
  label,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
}: CommentTextFormProps) {
  const { t } = useI18n()
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState(false)

  useEffect(() => {
    box.current?.focus()
  }, [])

  const submit = async () => {
    if (busy) return
    if (!text.trim()) {
      setError(true)
      box.current?.focus()
      return
    }
    setBusy(true)
    const done = await onSubmit(text)
    setBusy(false)
    if (!done) box.current?.focus()
  }

  return (
    <form
      className="comment-text-form"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        ref={box}
        dir="auto"
        rows={5}
        value={text}
        aria-invalid={error || undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          setText(event.target.value)
          setError(false)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void submit()
          } else if (event.key === 'Escape') {
            event.preventDefault()
            event.stopPropagation()
            onCancel()
          }
        }}
      />
      <p id={`${id}-hint`} className="muted">
        {t('comments.formHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="error">
          {t('comments.emptyText')}
        </p>
      )}
      <div className="actions">
        <button className="button primary" type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  )
}
