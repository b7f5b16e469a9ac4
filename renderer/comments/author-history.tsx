import type { ResultOf } from '../../shared/api/contract'
import { COMMENT_STATUSES } from '../../shared/comments/comment-schema'
import { useI18n } from '../i18n/i18n'
import { InertText } from './inert-text'

/** Earlier comments listed on the card; the counts cover them all. */
const SHOWN = 10

/**
 * What else this author wrote (same email, else same name): how many comments in each queue,
 * and the latest few with their status, so a regular reader is told from a first-time spammer.
 */
export function AuthorHistory({
  currentId,
  author,
}: {
  currentId: string
  author: ResultOf<'comments.author'>
}) {
  const { t, formatDate, formatNumber } = useI18n()
  const others = author.comments.filter((c) => c.id !== currentId)
  return (
    <section className="card-section" aria-labelledby="author-history-title">
      <h3 id="author-history-title">{t('comments.authorHistory')}</h3>
      <ul className="author-counts" aria-label={t('comments.authorCounts')}>
        {COMMENT_STATUSES.map((status) => (
          <li key={status}>
            {t(`comments.status.${status}`)}: {formatNumber(author.counts[status])}
          </li>
        ))}
      </ul>
      {others.length === 0 ? (
        <p className="muted">{t('comments.noOtherComments')}</p>
      ) : (
        <ul className="author-comments">
          {others.slice(0, SHOWN).map((c) => (
            <li key={c.id}>
              <span className={`status-chip comment-${c.status}`}>
                {t(`comments.status.${c.status}`)}
              </span>{' '}
              <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>{' '}
              <span className="excerpt" dir="auto">
                <InertText text={c.body.slice(0, 160)} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
