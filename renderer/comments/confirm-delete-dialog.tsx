import { useEffect, useId, useRef } from 'react'
import { useI18n } from '../i18n/i18n'
import { countText } from './count-text'
import { useModal } from './use-modal'

/**
 * Asks before comments are deleted for good. Cancel has the focus, so a stray Enter keeps them;
 * an undo in the same session can still bring them back, and the dialog says so.
 */
export function ConfirmDeleteDialog({
  count,
  onConfirm,
  onClosed,
}: {
  count: number
  onConfirm: () => void
  onClosed: () => void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const id = useId()
  const dialog = useModal()
  const cancel = useRef<HTMLButtonElement>(null)
  // After showModal (which focuses the first button): Cancel is the safe choice.
  useEffect(() => cancel.current?.focus(), [])
  return (
    <dialog
      ref={dialog}
      className="comments-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('comments.confirmDeleteTitle')}</h2>
      <p id={`${id}-text`}>{t('comments.confirmDeleteText', { count: countText(i18n, count) })}</p>
      <div className="actions dialog-actions">
        <button
          className="button danger"
          type="button"
          onClick={() => {
            onConfirm()
            dialog.current?.close()
          }}
        >
          {t('comments.action.delete')}
        </button>
        <button
          ref={cancel}
          className="button"
          type="button"
          onClick={() => dialog.current?.close()}
        >
          {t('comments.cancel')}
        </button>
      </div>
    </dialog>
  )
}
