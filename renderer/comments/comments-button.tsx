import { useEffect, useId, useState } from 'react'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { onCommentsChanged } from './comments-events'

/** How often the header's Pending count is read again. */
const POLL_MS = 10_000

/**
 * The header's "Comments" button: switches the main area to the moderation panel and back, and
 * shows how many comments wait in Pending. The count is the button's description, not part of
 * its name, so the name stays "Comments" as it changes.
 */
export function CommentsButton({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  const { t, formatNumber } = useI18n()
  const id = useId()
  const [pending, setPending] = useState<number | null>(null)

  useEffect(() => {
    let live = true
    const load = () =>
      send('comments.counts', {}).then(
        (counts) => {
          if (live) setPending(counts.pending)
        },
        () => undefined,
      )
    void load()
    const timer = setInterval(() => void load(), POLL_MS)
    const stop = onCommentsChanged(() => void load())
    return () => {
      live = false
      clearInterval(timer)
      stop()
    }
  }, [])

  return (
    <button
      className="button comments-button"
      type="button"
      aria-pressed={pressed}
      aria-describedby={pending ? `${id}-pending` : undefined}
      onClick={onToggle}
    >
      {t('comments')}
      {pending ? (
        <>
          <span className="pending-badge" aria-hidden="true">
            {formatNumber(pending)}
          </span>
          <span id={`${id}-pending`} hidden>
            {t('comments.pendingBadge', { n: pending })}
          </span>
        </>
      ) : null}
    </button>
  )
}
