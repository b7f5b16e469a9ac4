import { useCallback, useEffect, useState } from 'react'
import type { SyncState } from '../../shared/comments/comments-contract'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { notifyCommentsChanged } from './comments-events'

/**
 * "Sync with WordPress" and, per WordPress target, when comments were last fetched, how many
 * decisions wait to be pushed, how many conflicts, and the last error. Absent when no WordPress
 * target is set up.
 */
export function SyncLine({
  readOnly,
  onSynced,
  onMessage,
}: {
  readOnly: boolean
  onSynced: () => void
  onMessage: (text: string, error: boolean) => void
}) {
  const { t, formatDate } = useI18n()
  const [states, setStates] = useState<SyncState[]>([])
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => {
    send('comments.syncState', {}).then(setStates, () => undefined)
  }, [])
  useEffect(load, [load])

  if (states.length === 0) return null

  const sync = async () => {
    setBusy(true)
    try {
      const report = await send('comments.sync', {})
      setStates(report.states)
      onMessage(
        t('comments.synced', {
          fetched: report.fetched,
          pushed: report.pushed,
          queued: report.queued,
        }),
        false,
      )
      notifyCommentsChanged()
      onSynced()
    } catch (error) {
      onMessage(t('comments.syncFailed', { message: (error as Error).message }), true)
      load()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="sync-line">
      <button
        className="button"
        type="button"
        disabled={busy || readOnly}
        onClick={() => void sync()}
      >
        {t('comments.sync')}
      </button>
      <ul aria-label={t('comments.syncStates')}>
        {states.map((s) => (
          <li key={s.targetId}>
            <bdi>{s.name}</bdi>:{' '}
            {s.fetchedAt
              ? t('comments.syncFetched', { at: formatDate(s.fetchedAt) })
              : t('comments.syncNever')}
            {' · '}
            {t('comments.syncQueued', { n: s.queued })}
            {' · '}
            {t('comments.syncConflicts', { n: s.conflicts })}
            {s.error && (
              <>
                {' · '}
                <span className="error" dir="auto">
                  {t('comments.syncError', { message: s.error })}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
