import { memo, useMemo, useRef, useState } from 'react'
import { titleSearch } from '../../shared/arabic/title-search'
import {
  type ArticleStatus,
  type ArticleSummary,
  articleStatuses,
} from '../../shared/articles/article-schema'
import { useI18n } from '../i18n/i18n'

/** Items drawn at once: a 50,000-article archive must not put 50,000 buttons in the page. */
const PAGE = 200

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
  const [limit, setLimit] = useState(PAGE)
  const folded = useRef(new Map<string, string>())
  const search = useMemo(() => titleSearch(articles, folded.current), [articles])
  const visible = useMemo(
    () => search(query).filter((a) => status === '' || a.status === status),
    [search, status, query],
  )
  return (
    <aside className="sidebar">
      <input
        type="search"
        aria-label={t('searchArticles')}
        placeholder={t('searchArticles')}
        dir="auto"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setLimit(PAGE)
        }}
      />
      <select
        aria-label={t('filterByStatus')}
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as ArticleStatus | '')
          setLimit(PAGE)
        }}
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
        {visible.slice(0, limit).map((a) => (
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
      {visible.length > limit && (
        <button className="button show-more" type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('showMore', {
            n: Math.min(PAGE, visible.length - limit),
            left: visible.length - limit,
          })}
        </button>
      )}
    </aside>
  )
})
