import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useReadOnly } from '../app/read-only'
import { useI18n } from '../i18n/i18n'
import { type FieldErrors, SiteExportFields } from './site-export-fields'
import { SiteExportOutcome, SiteExportProgress } from './site-export-outcome'
import { type SiteFormStart, type SiteFormValues, saveSiteSettings } from './site-form-values'
import { isBusy, type useSiteExportJob } from './use-site-export-job'

interface SiteExportDialogProps {
  start: SiteFormStart
  exportJob: ReturnType<typeof useSiteExportJob>
  /** Called once the dialog has closed (Close, or Escape when nothing runs). */
  onClosed: () => void
}

/**
 * The Export site dialog: a native modal `<dialog>`, so the browser keeps focus inside it, makes
 * the rest of the page inert and closes it on Escape. While an export runs it stays open (Escape
 * is held back and Close is disabled) and offers Cancel instead, so the job is never orphaned.
 */
export function SiteExportDialog({ start, exportJob, onClosed }: SiteExportDialogProps) {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const id = useId()
  const titleId = `${id}-title`
  const dialog = useRef<HTMLDialogElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const submitButton = useRef<HTMLButtonElement>(null)
  const [values, setValues] = useState<SiteFormValues>(start.values)
  const [stored, setStored] = useState(start.stored)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(
    start.error && t('siteLoadFailed', { message: start.error }),
  )
  const [saving, setSaving] = useState(false)
  const { state } = exportJob
  const running = state.kind === 'job' && state.job.state === 'running'
  const busy = saving || isBusy(state)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  // A refused field is focused once the form is enabled again, i.e. after the next render.
  const focusNext = useRef<keyof FieldErrors | null>(null)
  const focusField = (field: keyof FieldErrors) => {
    focusNext.current = field
  }
  useEffect(() => {
    if (!focusNext.current || busy) return
    document.getElementById(`${id}-${focusNext.current}`)?.focus()
    focusNext.current = null
  })

  // The button that had focus is disabled or gone once an export starts or ends: move focus to
  // the one that matters now, Cancel while it runs, then Close (or Export again after a refusal).
  const was = useRef({ busy, running })
  useEffect(() => {
    if (running && !was.current.running) cancelButton.current?.focus()
    else if (!busy && was.current.busy && !dialog.current?.contains(document.activeElement)) {
      ;(state.kind === 'job' ? closeButton : submitButton).current?.focus()
    }
    was.current = { busy, running }
  }, [busy, running, state.kind])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setFormError(null)
    // The last export's outcome would read as this attempt's.
    exportJob.reset()
    const outDir = values.outDir.trim()
    if (!outDir) {
      setErrors({ outDir: t('siteFolderRequired') })
      focusField('outDir')
      return
    }
    setErrors({})
    setSaving(true)
    const saved = await saveSiteSettings(
      { siteTitle: values.siteTitle, siteUrl: values.siteUrl },
      stored,
    )
    setSaving(false)
    if (!saved.ok) {
      if (saved.field === 'siteUrl') setErrors({ siteUrl: t('siteAddressInvalid') })
      else if (saved.field === 'siteTitle') setErrors({ siteTitle: saved.message })
      else setFormError(t('siteSettingsFailed', { message: saved.message }))
      if (saved.field) focusField(saved.field)
      return
    }
    setStored(saved.saved)
    setValues((v) => ({ ...v, ...saved.saved }))
    await exportJob.start({ outDir, articles: values.articles })
  }

  return (
    <dialog
      ref={dialog}
      className="site-export-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        if (busy) e.preventDefault()
      }}
      onKeyDown={(e) => {
        // Chrome may not let `cancel` be prevented twice in a row; holding the key back works.
        if (e.key === 'Escape' && busy) e.preventDefault()
      }}
      onClose={onClosed}
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{t('siteExportTitle')}</h2>
        <fieldset disabled={busy}>
          <SiteExportFields
            idPrefix={id}
            values={values}
            errors={errors}
            readOnly={readOnly}
            onChange={(patch) => {
              setValues((v) => ({ ...v, ...patch }))
              setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))))
            }}
          />
        </fieldset>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        {state.kind === 'job' && running && <SiteExportProgress job={state.job} />}
        <SiteExportOutcome state={state} />
        <div className="actions">
          <button ref={submitButton} className="button primary" type="submit" disabled={busy}>
            {t('siteExportStart')}
          </button>
          {running && (
            <button
              ref={cancelButton}
              className="button"
              type="button"
              onClick={() => void exportJob.cancel()}
            >
              {t('cancel')}
            </button>
          )}
          <button
            ref={closeButton}
            className="button"
            type="button"
            disabled={busy}
            onClick={() => dialog.current?.close()}
          >
            {t('close')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
