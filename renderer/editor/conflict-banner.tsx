import { useI18n } from '../i18n/i18n'

interface ConflictBannerProps {
  currentRevision: number
  onOverwrite: () => void
  onCopy: () => void
  onReload: () => void
}

/**
 * Shown when a save was refused because someone saved first. The text in the editor stays
 * untouched until the editor picks one of the three ways out; none of them loses a word silently.
 */
export function ConflictBanner({
  currentRevision,
  onOverwrite,
  onCopy,
  onReload,
}: ConflictBannerProps) {
  const { t } = useI18n()
  return (
    <div className="banner conflict" role="alert">
      <p>{t('conflictMessage', { current: currentRevision })}</p>
      <div className="actions">
        <button className="button primary" type="button" onClick={onCopy}>
          {t('conflictCopy')}
        </button>
        <button className="button" type="button" onClick={onOverwrite}>
          {t('conflictOverwrite')}
        </button>
        <button className="button" type="button" onClick={onReload}>
          {t('conflictReload')}
        </button>
      </div>
    </div>
  )
}
