import { useEffect, useRef, useState } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import type { Publication } from '../../shared/publish/publication-schema'
import { send } from '../api/send'
import { sameText } from './article-text'

/** The published revision as fetched: the article, or null when it is no longer kept. */
interface Published {
  key: string
  article: Article | null
}

/**
 * True when the site shows an older text than the editor: there are unsaved edits, or the stored
 * article's text differs from the revision that was published. A later revision alone is not
 * enough (publishing itself saves one, with only the status and records changed), so that
 * revision is fetched, once per publication (revisions never change), and compared with each
 * newer save. Until it has arrived the last answer is kept, so "Update published" does not blink.
 */
export function useOutdated(
  article: Article,
  publication: Publication | undefined,
  unsaved: boolean,
): boolean {
  const [published, setPublished] = useState<Published | null>(null)
  const last = useRef(false)
  const revision = publication?.revision ?? 0
  const key = `${article.id}:${revision}`
  const behind = revision > 0 && revision < article.revision

  useEffect(() => {
    if (!behind || published?.key === key) return
    let live = true
    send('articles.revision', { id: article.id, revision }).then(
      (old) => live && setPublished({ key, article: old }),
      // The revision may have been thinned out of the history: assume the site is behind.
      () => live && setPublished({ key, article: null }),
    )
    return () => {
      live = false
    }
  }, [behind, key, published, article.id, revision])

  let outdated: boolean
  if (!publication) outdated = false
  else if (unsaved) outdated = true
  else if (!behind) outdated = false
  else if (published?.key === key)
    outdated = published.article === null || !sameText(published.article, article)
  else outdated = last.current
  last.current = outdated
  return outdated
}
