import type { ModerationActor, ModerationEvent } from '../../shared/comments/comment-schema'
import { type I18n, useI18n } from '../i18n/i18n'
import { InertText } from './inert-text'
import { ruleMatchText } from './rule-match-text'

/** Earlier text of an edit shown in the history, at most this long. */
const OLD_TEXT_SHOWN = 2_000

function actorText(i18n: I18n, by: ModerationActor): string {
  switch (by.kind) {
    case 'person':
      return by.name || i18n.t('comments.by.someone')
    case 'rule':
      return ruleMatchText(i18n, by.match)
    case 'site':
      return i18n.t('comments.by.site')
    case 'import':
      return i18n.t('comments.by.import')
  }
}

/** The comment's moderation history, oldest first: who did what, when, and an edit's old text. */
export function ModerationHistory({ events }: { events: readonly ModerationEvent[] }) {
  const i18n = useI18n()
  const { t, formatDate } = i18n
  return (
    <section className="card-section" aria-labelledby="comment-history-title">
      <h3 id="comment-history-title">{t('comments.history')}</h3>
      <ol className="moderation-history">
        {events.map((event, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: history only grows, in order
          <li key={i}>
            <span className="event-action">{t(`comments.event.${event.action}`)}</span>
            {event.from && event.to && event.from !== event.to && (
              <span className="event-move">
                {t('comments.event.move', {
                  from: t(`comments.status.${event.from}`),
                  to: t(`comments.status.${event.to}`),
                })}
              </span>
            )}
            <span className="event-by">
              <bdi>{actorText(i18n, event.by)}</bdi>
            </span>
            <time dateTime={event.at}>{formatDate(event.at)}</time>
            {event.previousBody !== undefined && (
              <div className="old-text">
                <span className="muted">{t('comments.event.oldText')}</span>
                <blockquote dir="auto">
                  <InertText text={event.previousBody.slice(0, OLD_TEXT_SHOWN)} />
                  {event.previousBody.length > OLD_TEXT_SHOWN && '…'}
                </blockquote>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
