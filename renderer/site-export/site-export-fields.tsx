import type { SiteSelection } from '../../shared/export/site-contract'
import { useI18n } from '../i18n/i18n'
import type { SiteFormValues } from './site-form-values'

/** A message under a field, tied to it with aria-describedby; null when the field is fine. */
export type FieldErrors = Partial<Record<'outDir' | 'siteTitle' | 'siteUrl', string>>

interface SiteExportFieldsProps {
  /** Prefix of the fields' ids: the input of field `f` is `${idPrefix}-${f}`, for focusing it. */
  idPrefix: string
  values: SiteFormValues
  errors: FieldErrors
  /** The name and address are settings, which a read-only window cannot change. */
  readOnly: boolean
  onChange: (patch: Partial<SiteFormValues>) => void
}

/**
 * The fields of the Export site dialog: the folder and which articles (for this export), and the
 * site's name and address (settings, kept for the next export). Paths and addresses are Latin
 * text, so their fields read left to right in the Arabic UI too.
 */
export function SiteExportFields({
  idPrefix: id,
  values,
  errors,
  readOnly,
  onChange,
}: SiteExportFieldsProps) {
  const { t } = useI18n()
  /** The hint, then the error if there is one, as the field's description. */
  const describedBy = (field: keyof FieldErrors, hint: boolean) =>
    [hint && `${id}-${field}-hint`, errors[field] && `${id}-${field}-error`]
      .filter(Boolean)
      .join(' ') || undefined
  const error = (field: keyof FieldErrors) =>
    errors[field] && (
      <p id={`${id}-${field}-error`} className="error" role="alert">
        {errors[field]}
      </p>
    )

  return (
    <div className="settings-fields">
      <label htmlFor={`${id}-outDir`}>{t('siteFolder')}</label>
      <input
        id={`${id}-outDir`}
        type="text"
        dir="ltr"
        spellCheck={false}
        autoComplete="off"
        maxLength={4096}
        aria-required="true"
        aria-invalid={Boolean(errors.outDir)}
        aria-describedby={describedBy('outDir', true)}
        value={values.outDir}
        onChange={(e) => onChange({ outDir: e.target.value })}
      />
      <p id={`${id}-outDir-hint`} className="hint">
        {t('siteFolderHint')}
      </p>
      {error('outDir')}
      <label htmlFor={`${id}-articles`}>{t('siteArticles')}</label>
      <select
        id={`${id}-articles`}
        value={values.articles}
        onChange={(e) => onChange({ articles: e.target.value as SiteSelection })}
      >
        <option value="published">{t('siteArticles.published')}</option>
        <option value="all">{t('siteArticles.all')}</option>
      </select>
      <label htmlFor={`${id}-siteTitle`}>{t('siteName')}</label>
      <input
        id={`${id}-siteTitle`}
        type="text"
        dir="auto"
        maxLength={200}
        placeholder="مداد"
        readOnly={readOnly}
        aria-invalid={Boolean(errors.siteTitle)}
        aria-describedby={describedBy('siteTitle', false)}
        value={values.siteTitle}
        onChange={(e) => onChange({ siteTitle: e.target.value })}
      />
      {error('siteTitle')}
      <label htmlFor={`${id}-siteUrl`}>{t('siteAddress')}</label>
      <input
        id={`${id}-siteUrl`}
        type="url"
        dir="ltr"
        spellCheck={false}
        autoComplete="url"
        maxLength={2000}
        placeholder="https://example.com/"
        readOnly={readOnly}
        aria-invalid={Boolean(errors.siteUrl)}
        aria-describedby={describedBy('siteUrl', true)}
        value={values.siteUrl}
        onChange={(e) => onChange({ siteUrl: e.target.value })}
      />
      <p id={`${id}-siteUrl-hint`} className="hint">
        {t('siteAddressHint')}
      </p>
      {error('siteUrl')}
    </div>
  )
}
