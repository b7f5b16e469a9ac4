import { useState } from 'react'
import type { RecoveryNotice } from '../../shared/store/store-contract'
import { useI18n } from '../i18n/i18n'

/**
 * Tells the user which articles were damaged on disk, where the damaged file was put aside and
 * which revision was restored. The store finds them in the background, so the list grows.
 */
export function RecoveryNotices({ notices }: { notices: RecoveryNotice[] }) {
  const { t, formatDate } = useI18n()
  const [dismissed, setDismissed] = useState(0)
  const shown = notices.slice(dismissed)
  if (shown.length === 0) return null
  return (
    <div className="banner recovery" role="alert">
      <ul>
        {shown.map((n) => (
          <li key={`${n.id}:${n.at}`}>
            {n.restoredRevision === null
              ? t('recoveryLost', { title: n.title, file: n.quarantined })
              : t('recovered', {
                  title: n.title,
                  revision: n.restoredRevision,
                  file: n.quarantined,
                  time: formatDate(n.at),
                })}
          </li>
        ))}
      </ul>
      <button className="button" type="button" onClick={() => setDismissed(notices.length)}>
        {t('dismiss')}
      </button>
    </div>
  )
}

/** Says that the daily backup failed (it is retried every hour), until it succeeds or is dismissed. */
export function BackupNotice({ error }: { error: string | null }) {
  const { t } = useI18n()
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (!error || error === dismissed) return null
  return (
    <div className="banner recovery" role="alert">
      <p>{t('backupFailed', { message: error })}</p>
      <button className="button" type="button" onClick={() => setDismissed(error)}>
        {t('dismiss')}
      </button>
    </div>
  )
}
