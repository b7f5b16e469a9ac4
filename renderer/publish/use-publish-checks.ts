import { useEffect, useMemo, useState } from 'react'
import type { Article, ArticleFields } from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import { type CheckItem, prePublishChecks } from '../../shared/publish/pre-publish-checks'
import { send } from '../api/send'
import type { EditSignal } from './edit-signal'

/** The checklist waits for this pause in typing before it reads the editor again. */
export const CHECKS_DELAY_MS = 300

interface PublishChecksInput {
  id: string
  /** The stored article: what the fields fall back on. */
  article: Article
  /** The editor's current fields, unsaved edits included. */
  collect: () => ArticleChanges
  edits: EditSignal
  /** How many targets are configured (0 while they load). */
  targets: number
}

/**
 * The pre-publish checklist of the article as it is in the editor now, saved or not, re-run a
 * moment after each edit. The slugs of the other articles (for "unique") come from the list,
 * fetched when the panel opens and when the window comes back into focus.
 */
export function usePublishChecks({ id, article, collect, edits, targets }: PublishChecksInput): {
  items: CheckItem[]
  fields: ArticleFields
} {
  const [fields, setFields] = useState<ArticleFields>(() => ({ ...article, ...collect() }))
  const [otherSlugs, setOtherSlugs] = useState<string[]>([])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = () => setFields({ ...article, ...collect() })
    read()
    const stop = edits.subscribe(() => {
      clearTimeout(timer)
      timer = setTimeout(read, CHECKS_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      stop()
    }
  }, [article, collect, edits])

  useEffect(() => {
    let live = true
    const load = () =>
      send('articles.list', {}).then(
        (list) => live && setOtherSlugs(list.filter((a) => a.id !== id).map((a) => a.slug)),
        () => undefined,
      )
    void load()
    window.addEventListener('focus', load)
    return () => {
      live = false
      window.removeEventListener('focus', load)
    }
  }, [id])

  const items = useMemo(
    () => prePublishChecks(fields, { otherSlugs, targets }),
    [fields, otherSlugs, targets],
  )
  return { items, fields }
}
