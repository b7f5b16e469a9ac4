import { normalizeForSearch } from '../../shared/arabic/normalize'
import {
  COMMENT_STATUSES,
  type CommentStatus,
  type CommentSummary,
  type QueueCounts,
  summarizeComment,
} from '../../shared/comments/comment-schema'
import type { CommentPage } from '../../shared/comments/comments-contract'
import { type CommentIndex, type IndexEntry, newerFirst, searchText } from './comment-index'

export interface ListQuery {
  status: CommentStatus
  articleId?: string | undefined
  query?: string | undefined
  offset: number
  limit: number
}

const zeroCounts = (): QueueCounts => ({ pending: 0, approved: 0, spam: 0, trash: 0 })

/**
 * One page of a queue. Without a filter it is a slice of the queue's sorted array; with an
 * article or a search, each queue is walked once in order, counting matches (the counts are under
 * the same filter) and keeping the requested page.
 */
export function listComments(index: CommentIndex, query: ListQuery): CommentPage {
  const words = normalizeForSearch(query.query ?? '')
    .split(' ')
    .filter(Boolean)
  const article = query.articleId === undefined ? null : `a:${query.articleId}`
  const end = query.offset + query.limit
  if (!words.length && article === null) {
    const queue = index.queues[query.status]
    return {
      items: queue.slice(query.offset, end).map((e) => summarizeComment(e.comment)),
      total: queue.length,
      counts: index.counts(),
    }
  }
  const matches = (entry: IndexEntry): boolean => {
    if (article !== null && entry.articleKey !== article) return false
    if (!words.length) return true
    const text = searchText(entry)
    for (const word of words) if (!text.includes(word)) return false
    return true
  }
  const counts = zeroCounts()
  const items: CommentSummary[] = []
  for (const status of COMMENT_STATUSES) {
    let n = 0
    for (const entry of index.queues[status]) {
      if (!matches(entry)) continue
      if (status === query.status && n >= query.offset && n < end) {
        items.push(summarizeComment(entry.comment))
      }
      n++
    }
    counts[status] = n
  }
  return { items, total: counts[query.status], counts }
}

/** An article in the filter: its id (null for a post with no article here), title and count. */
export interface ArticleCount {
  articleId: string | null
  title: string
  count: number
}

/**
 * The articles that have comments, most comments first. Comments on a WordPress post with no
 * article here are grouped by the post's title. `titles` gives the local articles' titles now.
 */
export function commentedArticles(
  index: CommentIndex,
  titles: ReadonlyMap<string, string>,
): ArticleCount[] {
  const groups = new Map<string, ArticleCount>()
  for (const entry of index.byId.values()) {
    const group = groups.get(entry.articleKey)
    if (group) {
      group.count++
      continue
    }
    const { articleId, articleTitle } = entry.comment
    groups.set(entry.articleKey, {
      articleId,
      title: (articleId !== null ? titles.get(articleId) : undefined) ?? articleTitle,
      count: 1,
    })
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || a.title.localeCompare(b.title, 'ar'),
  )
}

/** The most comments the author history returns. */
export const AUTHOR_HISTORY = 50

/** The author's comments (this one included), newest first, and counts over all of them. */
export function authorHistory(
  index: CommentIndex,
  id: string,
): { comments: CommentSummary[]; counts: QueueCounts } | null {
  const entry = index.byId.get(id)
  if (!entry) return null
  const mine = [...(index.byAuthor.get(entry.authorKey) ?? [entry])]
  const counts = zeroCounts()
  for (const e of mine) counts[e.status]++
  return {
    comments: mine
      .sort(newerFirst)
      .slice(0, AUTHOR_HISTORY)
      .map((e) => summarizeComment(e.comment)),
    counts,
  }
}
