import { type MutableRefObject, useEffect, useState } from 'react'
import type { Article } from '../../shared/articles/article-schema'
import { slugFromTitle } from '../../shared/slugs/slug-from-title'
import { slugFollowsTitle } from '../../shared/slugs/slug-policy'
import { TakenSlugs, uniqueSlug } from '../../shared/slugs/unique-slug'
import type { SlugStyle } from '../../shared/style/house-style'
import { send } from '../api/send'
import { onHouseStyleChanged } from '../house-style/house-style-events'
import type { ArticleSettings } from './article-settings'

/** How old the list of the other articles' slugs may get before a save asks for it again. */
const REFRESH_AFTER_MS = 60_000

/**
 * The article settings to save given the title now: while the slug follows the title (see
 * `slugFollowsTitle`) it is made from it, numbered past the other articles' slugs. Stable for
 * the article's life, so the memoised session does not restart; it tells `subscribe`rs when what
 * it knows (the other slugs, the house style's slug style) arrives or changes, so a shown slug
 * can be made again.
 */
export interface SlugFollower {
  (settings: ArticleSettings, title: string): ArticleSettings
  /** The slug `title` makes now, in the house style, free among the other articles. */
  make: (title: string) => string
  /** Whether the slug of an article with these settings still follows its title. */
  follows: (settings: ArticleSettings) => boolean
  subscribe: (listener: () => void) => () => void
}

/** One article's follower and what it knows, kept outside React's renders. */
function createFollower(id: string, latest: MutableRefObject<Article | null>) {
  let style: SlugStyle = 'arabic'
  let taken = new TakenSlugs([])
  let loadedAt = Number.NEGATIVE_INFINITY
  let loading = false
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of listeners) listener()
  }
  const loadSlugs = () => {
    if (loading) return
    loading = true
    send('articles.list', {}).then(
      (summaries) => {
        taken = new TakenSlugs(summaries.filter((s) => s.id !== id).map((s) => s.slug))
        loadedAt = Date.now()
        loading = false
        changed()
      },
      // Without the list the slug is made all the same; the pre-publish check catches a clash.
      () => {
        loading = false
      },
    )
  }
  const setStyle = (next: SlugStyle) => {
    if (next === style) return
    style = next
    changed()
  }
  const make = (title: string) => {
    if (Date.now() - loadedAt > REFRESH_AFTER_MS) loadSlugs()
    return uniqueSlug(slugFromTitle(title, style), taken)
  }
  const follows = (settings: ArticleSettings) =>
    slugFollowsTitle({
      status: latest.current?.status ?? 'draft',
      publications: latest.current?.publications,
      workflow: latest.current?.workflow,
      slug: settings.slug,
      slugAuto: settings.slugAuto,
    })
  const follower: SlugFollower = Object.assign(
    (settings: ArticleSettings, title: string): ArticleSettings =>
      follows(settings) ? { ...settings, slug: make(title) } : settings,
    {
      make,
      follows,
      subscribe: (listener: () => void) => {
        listeners.add(listener)
        return () => {
          listeners.delete(listener)
        }
      },
    },
  )
  return { follower, loadSlugs, setStyle }
}

/**
 * The article settings to save given the title now: a slug that follows the title is made from
 * it here. `latest` is the article as last stored (its status and publications decide whether
 * the slug may still move). The other articles' slugs are read once, then again at most once a
 * minute; the slug style comes from the settings and follows the House style dialog.
 */
export function useSlugFollowing(
  id: string,
  latest: MutableRefObject<Article | null>,
): SlugFollower {
  const [follower] = useState(() => createFollower(id, latest))
  useEffect(() => {
    let live = true
    follower.loadSlugs()
    send('settings.get', {}).then(
      (settings) => live && follower.setStyle(settings.houseStyle.slugs),
      // The default style stands until the settings can be read.
      () => undefined,
    )
    const stop = onHouseStyleChanged((settings) => follower.setStyle(settings.houseStyle.slugs))
    return () => {
      live = false
      stop()
    }
  }, [follower])
  return follower.follower
}
