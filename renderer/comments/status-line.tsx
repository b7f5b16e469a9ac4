import { useI18n } from '../i18n/i18n'

/**
 * What happened last ("3 comments approved."), said in a live region, with the Undo button next
 * to it; above it, the last failure as an alert until dismissed.
 */
export function StatusLine({
  text,
  error,
  alert,
  canUndo,
  onUndo,
  onDismiss,
}: {
  text: string
  error: boolean
  alert: string | null
  canUndo: boolean
  onUndo: () => void
  onDismiss: (() => void) | null
}) {
  const { t } = useI18n()
  return (
    <>
      {alert && (
        <div className="banner error" role="alert">
          <p className="banner-text">{alert}</p>
          {onDismiss && (
            <button className="button" type="button" onClick={onDismiss}>
              {t('comments.dismiss')}
            </button>
          )}
        </div>
      )}
      <div className={`moderation-status${error ? ' error' : ''}`}>
        <p role="status">{text}</p>
        <button
          className="button"
          type="button"
          aria-keyshortcuts="u"
          disabled={!canUndo}
          onClick={onUndo}
        >
          {t('comments.undo')}
        </button>
      </div>
    </>
  )
}
