import { useEffect, useState } from 'react'
import type { RecoveryNotice } from '../../shared/store/store-contract'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'

/** How often the store is asked about damaged files found by its background scan. */
const POLL_MS = 5_000

/**
 * Tells the user which articles were damaged on disk, where the damaged file was put aside and
 * which revision was restored. The store finds them in the background, so it is asked again.
 */
export function RecoveryNotices({ initial }: { initial: RecoveryNotice[] }) {
  const { t, formatDate } = useI18n()
  const [notices, setNotices] = useState(initial)
  const [dismissed, setDismissed] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => {
      send('store.status', {}).then(
        (s) => setNotices(s.recoveries),
        () => undefined,
      )
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [])
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
