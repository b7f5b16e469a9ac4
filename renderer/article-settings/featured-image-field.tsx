import { type FormEvent, useId, useRef, useState } from 'react'
import type { FeaturedImage } from '../../shared/articles/article-schema'
import type { StoredImage } from '../../shared/media/media-contract'
import { ImageFileButton } from '../editor/image-file-button'
import { imageErrorMessage, uploadImage } from '../editor/image-upload'
import { useI18n } from '../i18n/i18n'

interface FeaturedImageFieldProps {
  value: FeaturedImage | null
  readOnly: boolean
  onChange: (value: FeaturedImage | null) => void
}

/**
 * The featured image of an article: choose a file (stored through `media.add`), give its alt
 * text, and it is set; or remove it. A refused file says why, as the body's images do.
 */
export function FeaturedImageField({ value, readOnly, onChange }: FeaturedImageFieldProps) {
  const i18n = useI18n()
  const { t } = i18n
  const [pending, setPending] = useState<StoredImage | null>(null)
  const [busy, setBusy] = useState(false)
  const [alt, setAlt] = useState('')
  const [invalid, setInvalid] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const altInput = useRef<HTMLInputElement>(null)

  const choose = (file: File) => {
    setError(null)
    setBusy(true)
    uploadImage(file).then(
      (image) => {
        setBusy(false)
        setPending(image)
        setAlt('')
        setInvalid(false)
      },
      (e: unknown) => {
        setBusy(false)
        setError(imageErrorMessage(e, i18n))
      },
    )
  }

  const confirm = (event: FormEvent) => {
    event.preventDefault()
    if (!pending) return
    if (!alt.trim()) {
      setInvalid(true)
      altInput.current?.focus()
      return
    }
    onChange({ src: pending.src, alt: alt.trim() })
    setPending(null)
  }

  return (
    <fieldset className="featured-image" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('featuredImage')}</legend>
      {value ? (
        <figure className="featured-preview">
          <img className="featured-preview-image" src={value.src} alt={value.alt} />
          <figcaption dir="auto">{value.alt}</figcaption>
        </figure>
      ) : (
        !pending && <p className="muted">{t('noFeaturedImage')}</p>
      )}
      {pending ? (
        <form className="featured-form" onSubmit={confirm}>
          <img className="image-preview" src={pending.src} alt="" />
          <label htmlFor={`${id}-alt`}>{t('featuredAlt')}</label>
          <input
            ref={altInput}
            id={`${id}-alt`}
            type="text"
            dir="auto"
            maxLength={300}
            aria-required="true"
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-alt-error` : undefined}
            value={alt}
            // biome-ignore lint/a11y/noAutofocus: the alt text is what is asked for next
            autoFocus
            onChange={(e) => {
              setAlt(e.target.value)
              setInvalid(false)
            }}
          />
          {invalid && (
            <p id={`${id}-alt-error`} className="error" role="alert">
              {t('altRequired')}
            </p>
          )}
          <div className="actions">
            <button className="button primary" type="submit">
              {t('setFeaturedImage')}
            </button>
            <button className="button" type="button" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        !readOnly && (
          <div className="actions">
            <ImageFileButton
              className="button"
              label={value ? t('replaceFeaturedImage') : t('chooseFeaturedImage')}
              disabled={busy}
              onFile={choose}
            >
              {value ? t('replaceFeaturedImage') : t('chooseFeaturedImage')}
            </ImageFileButton>
            {value && (
              <button className="button" type="button" onClick={() => onChange(null)}>
                {t('removeFeaturedImage')}
              </button>
            )}
          </div>
        )
      )}
      {busy && <p role="status">{t('uploadingImage')}</p>}
      {error && (
        <p id={`${id}-error`} className="banner error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
