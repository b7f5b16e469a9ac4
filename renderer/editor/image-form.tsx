import { type FormEvent, useId, useRef, useState } from 'react'
import type { StoredImage } from '../../shared/media/media-contract'
import { useI18n } from '../i18n/i18n'

/** What an editor says about an image before it goes into the article. */
export interface ImageDetails {
  alt: string
  caption: string
  credit: string
}

interface ImageFormProps {
  image: StoredImage
  onInsert: (details: ImageDetails) => void
  onCancel: () => void
}

/**
 * Asks for an image's alt text (required: a reader who cannot see the image hears it), caption
 * and credit, with the image in view. An inline form, like the link form: Electron has no prompt.
 */
export function ImageForm({ image, onInsert, onCancel }: ImageFormProps) {
  const { t } = useI18n()
  const [alt, setAlt] = useState('')
  const [caption, setCaption] = useState('')
  const [credit, setCredit] = useState('')
  const [invalid, setInvalid] = useState(false)
  const id = useId()
  const altInput = useRef<HTMLInputElement>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!alt.trim()) {
      setInvalid(true)
      altInput.current?.focus()
      return
    }
    onInsert({ alt: alt.trim(), caption: caption.trim(), credit: credit.trim() })
  }

  return (
    <form
      className="image-form"
      aria-label={t('imageDetails')}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      {/* The alt text is being written in the form itself, so the preview adds nothing to read. */}
      <img className="image-preview" src={image.src} alt="" />
      <div className="image-fields">
        <label htmlFor={`${id}-alt`}>{t('imageAlt')}</label>
        <input
          ref={altInput}
          id={`${id}-alt`}
          type="text"
          dir="auto"
          maxLength={1_000}
          aria-required="true"
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          value={alt}
          // biome-ignore lint/a11y/noAutofocus: the form opens to ask for exactly this
          autoFocus
          onChange={(e) => {
            setAlt(e.target.value)
            setInvalid(false)
          }}
        />
        <label htmlFor={`${id}-caption`}>{t('imageCaption')}</label>
        <input
          id={`${id}-caption`}
          type="text"
          dir="auto"
          maxLength={2_000}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
        />
        <label htmlFor={`${id}-credit`}>{t('imageCredit')}</label>
        <input
          id={`${id}-credit`}
          type="text"
          dir="auto"
          maxLength={300}
          value={credit}
          onChange={(e) => setCredit(e.target.value)}
        />
        {invalid && (
          <p id={`${id}-error`} className="error" role="alert">
            {t('altRequired')}
          </p>
        )}
        <div className="actions">
          <button className="button primary" type="submit">
            {t('insertImage')}
          </button>
          <button className="button" type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </form>
  )
}
