import { useEffect, useId, useRef } from 'react'
import { useI18n } from '../i18n/i18n'

interface PreviewDialogProps {
  id: string
  /** The saved revision shown; part of the address, so a new save is never served from cache. */
  revision: number
  title: string
  onClosed: () => void
}

/**
 * The article as the export renders it, in a modal dialog. The page comes from the backend
 * (`preview/<id>.html`) and is shown in a frame sandboxed with no permission at all: no scripts,
 * no same origin, so whatever the article holds cannot reach the app.
 */
export function PreviewDialog({ id, revision, title, onClosed }: PreviewDialogProps) {
  const { t } = useI18n()
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const heading = t('previewOf', { title: title || t('untitled') })

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  return (
    <dialog ref={dialog} className="preview-dialog" aria-labelledby={headingId} onClose={onClosed}>
      <div className="preview-header">
        <h2 id={headingId}>{heading}</h2>
        <button className="button" type="button" onClick={() => dialog.current?.close()}>
          {t('closePreview')}
        </button>
      </div>
      <iframe
        className="preview-frame"
        sandbox=""
        src={`preview/${encodeURIComponent(id)}.html?rev=${revision}`}
        title={heading}
      />
    </dialog>
  )
}
