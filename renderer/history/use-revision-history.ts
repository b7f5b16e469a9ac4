import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import type { RevisionInfo } from '../../shared/articles/revision-schema'
import { send } from '../api/send'

export interface RevisionHistory {
  revisions: RevisionInfo[] | null
  error: string | null
  /** One revision's full text; each is fetched once (revisions never change). */
  load: (revision: number) => Promise<Article>
}

/** The history of one article, fetched again whenever `version` changes (after every save). */
export function useRevisionHistory(id: string, version: number): RevisionHistory {
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const cache = useRef(new Map<number, Promise<Article>>())

  useEffect(() => {
    let cancelled = false
    // `version` is the trigger: a new save means a new revision to list.
    void version
    send('articles.history', { id }).then(
      (list) => {
        if (cancelled) return
        setRevisions(list)
        setError(null)
      },
      (e: unknown) => !cancelled && setError((e as Error).message),
    )
    return () => {
      cancelled = true
    }
  }, [id, version])

  const load = useCallback(
    (revision: number) => {
      let article = cache.current.get(revision)
      if (!article) {
        article = send('articles.revision', { id, revision })
        article.catch(() => cache.current.delete(revision))
        cache.current.set(revision, article)
      }
      return article
    },
    [id],
  )

  return { revisions, error, load }
}
