import { useCallback, useRef, useState } from 'react'
import type { Article, ArticleStatus } from '../../shared/articles/article-schema'
import type { OnAdopted } from '../editor/use-article-session'

/**
 * The workflow status the editor shows and saves. A publish job moves it in the backend; when
 * the session adopts that revision the select takes the new status (unless the editor picked
 * another one meanwhile), and `ref` holds it at once, so the very next save never sends the old
 * status back.
 */
export function useStatusSync() {
  const [status, setStatus] = useState<ArticleStatus | null>(null)
  const ref = useRef(status)

  const set = useCallback((next: ArticleStatus) => {
    ref.current = next
    setStatus(next)
  }, [])

  /** A loaded or restored article brings its status. */
  const load = useCallback((article: Article) => set(article.status), [set])

  const onAdopted = useCallback<OnAdopted>(
    (latest, previous) => {
      if (ref.current === null || ref.current === previous.status) set(latest.status)
    },
    [set],
  )

  return { status, ref, set, load, onAdopted }
}
