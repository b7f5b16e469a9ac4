import { useEffect, useRef, useState } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import type { Publication } from '../../shared/publish/publication-schema'
import { send } from '../api/send'
import { sameText } from './article-text'

/**
 * True when the site shows an older text than the editor: there are unsaved edits, or the stored
 * article's text differs from the revision that was published. A later revision alone is not
 * enough (publishing itself saves one, with only the status and records changed), so that
 * revision is fetched and compared. While the answer is on its way the last one is kept, so
 * "Update published" does not blink away each time an autosave lands.
 */
export function useOutdated(
  article: Article,
  publication: Publication | undefined,
  unsaved: boolean,
): boolean {
  const [known, setKnown] = useState<{ key: string; outdated: boolean } | null>(null)
  const shown = useRef(false)
  const published = publication?.revision ?? 0
  const key = `${article.id}:${published}:${article.revision}`

  useEffect(() => {
    if (!published || published >= article.revision) return
    let live = true
    send('articles.revision', { id: article.id, revision: published }).then(
      (old) => live && setKnown({ key, outdated: !sameText(old, article) }),
      // The revision may have been thinned out of the history: assume the site is behind.
      () => live && setKnown({ key, outdated: true }),
    )
    return () => {
      live = false
    }
  }, [key, article, published])

  let outdated: boolean
  if (!publication) outdated = false
  else if (unsaved) outdated = true
  else if (published >= article.revision) outdated = false
  else if (known?.key === key) outdated = known.outdated
  else outdated = shown.current
  shown.current = outdated
  return outdated
}
