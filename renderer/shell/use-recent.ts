import { useEffect, useMemo, useState } from 'react'
import type { ArticleSummary } from '../../shared/articles/article-schema'
import type { RecentArticle } from '../../shared/recent/recent-contract'
import { send } from '../api/send'
import { onShellCommand } from './command-bus'

/**
 * File › Open recent: records each article opened in the editor (`recent.opened`) and returns the
 * list, newest first, with the titles the sidebar shows now (so a title typed a second ago is
 * already there). Clear recent empties it. A failure leaves the menu as it was: it is a
 * convenience, never worth an error banner.
 */
export function useRecent(
  selectedId: string | null,
  articles: readonly ArticleSummary[],
): RecentArticle[] {
  const [ids, setIds] = useState<string[]>([])
  useEffect(() => {
    const request = selectedId ? send('recent.opened', { id: selectedId }) : send('recent.list', {})
    request.then(
      (list) => setIds(list.map((entry) => entry.id)),
      () => undefined,
    )
  }, [selectedId])
  useEffect(
    () =>
      onShellCommand('clear-recent', () => {
        send('recent.clear', {}).then(
          () => setIds([]),
          () => undefined,
        )
      }),
    [],
  )
  return useMemo(() => {
    const titles = new Map(articles.map((article) => [article.id, article.title]))
    return ids.flatMap((id) => {
      const title = titles.get(id)
      return title === undefined ? [] : [{ id, title }]
    })
  }, [ids, articles])
}
