import { memo, useMemo, useState } from 'react'
import { matchesSearch } from '../../shared/arabic/normalize'
import {
  type ArticleStatus,
  type ArticleSummary,
  articleStatuses,
} from '../../shared/articles/article-schema'
import { useI18n } from '../i18n/i18n'

interface ArticleListProps {
  articles: ArticleSummary[]
  selectedId: string | null
  onSelect: (id: string) => void
}

/**
 * The sidebar: search (ignoring diacritics, tatweel and alef/hamza variants), a status filter,
 * and the articles with their status and last update.
 */
export const ArticleList = memo(function ArticleList({
  articles,
  selectedId,
  onSelect,
}: ArticleListProps) {
  const { t, formatDate } = useI18n()
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<ArticleStatus | ''>('')
  const visible = useMemo(
    () =>
      articles.filter(
        (a) => (status === '' || a.status === status) && matchesSearch(a.title, query),
      ),
    [articles, status, query],
  )
  return (
    <aside className="sidebar">
      <input
        type="search"
        aria-label={t('searchArticles')}
        placeholder={t('searchArticles')}
        dir="auto"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select
        aria-label={t('filterByStatus')}
        value={status}
        onChange={(e) => setStatus(e.target.value as ArticleStatus | '')}
      >
        <option value="">{t('allStatuses')}</option>
        {articleStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      {visible.length === 0 && (
        <p className="empty" role="status">
          {t('noArticles')}
        </p>
      )}
      <ul className="article-list" aria-label={t('articles')}>
        {visible.map((a) => (
          <li key={a.id}>
            <button type="button" aria-current={a.id === selectedId} onClick={() => onSelect(a.id)}>
              <span className="item-title" dir="auto">
                {a.title || t('untitled')}
              </span>
              <span className="item-meta">
                <span className={`status-chip ${a.status}`}>{t(`status.${a.status}`)}</span>
                <time dateTime={a.updatedAt}>{formatDate(a.updatedAt)}</time>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  )
})
