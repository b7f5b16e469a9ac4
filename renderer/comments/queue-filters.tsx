import { useEffect, useState } from 'react'
import type { ResultOf } from '../../shared/api/contract'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { onCommentsChanged } from './comments-events'
import { showBidiControls } from './inert-text'

/** Typing pauses this long before the search runs, so each letter does not query 100,000 rows. */
const SEARCH_DELAY_MS = 250

type ArticleOption = ResultOf<'comments.articles'>[number]

/**
 * Narrows the queues to one article (those with comments, most commented first) and to comments
 * whose author or text matches a search, matched the Arabic way by the backend.
 */
export function QueueFilters({
  articleId,
  onArticle,
  onQuery,
}: {
  articleId: string | null
  onArticle: (articleId: string | null) => void
  onQuery: (query: string) => void
}) {
  const { t, formatNumber } = useI18n()
  const [articles, setArticles] = useState<ArticleOption[]>([])
  const [text, setText] = useState('')

  useEffect(() => {
    const load = () => void send('comments.articles', {}).then(setArticles, () => undefined)
    load()
    return onCommentsChanged(load)
  }, [])

  useEffect(() => {
    const timer = setTimeout(() => onQuery(text), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, onQuery])

  return (
    <div className="queue-filters">
      <select
        aria-label={t('comments.filterArticle')}
        value={articleId ?? ''}
        onChange={(event) => onArticle(event.target.value || null)}
      >
        <option value="">{t('comments.allArticles')}</option>
        {articles
          .filter((a): a is ArticleOption & { articleId: string } => a.articleId !== null)
          .map((a) => (
            <option key={a.articleId} value={a.articleId}>
              {showBidiControls(a.title) || t('comments.noArticle')} ({formatNumber(a.count)})
            </option>
          ))}
      </select>
      <input
        type="search"
        dir="auto"
        aria-label={t('comments.search')}
        placeholder={t('comments.search')}
        maxLength={200}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onQuery(text)
        }}
      />
    </div>
  )
}
