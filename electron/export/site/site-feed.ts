import { Feed } from 'feed'
import { MIDAD_VERSION } from '../../../shared/app-version'
import { metaText } from '../html-text'
import { SITE_LABELS, type SiteContext } from './site-document'
import { urlPath } from './site-paths'

/** Entries in the feed: the newest articles, as feed readers expect, not the whole archive. */
export const FEED_ENTRIES = 30

/** What the feed says of an article. */
export interface FeedArticle {
  id: string
  path: string
  title: string
  description: string
  byline: string
  tags: readonly string[]
  createdAt: string
  updatedAt: string
}

/**
 * `feed.xml`: an Atom feed of the newest articles (newest first, as given). Its addresses are
 * absolute, on `base` (the site's address, or the folder's file: URL when none is set); its
 * `updated` is the newest article's, so an unchanged site gives a byte-identical feed. Text goes
 * through {@link metaText}: no control characters XML forbids, no bidi overrides.
 */
export function siteFeed(
  context: SiteContext,
  base: string,
  articles: readonly FeedArticle[],
): string {
  const newest = articles.slice(0, FEED_ENTRIES)
  const updated = newest.reduce((max, a) => Math.max(max, Date.parse(a.updatedAt)), 0)
  const feed = new Feed({
    id: base,
    link: base,
    title: metaText(context.title),
    language: 'ar',
    updated: new Date(updated),
    generator: `Midad ${MIDAD_VERSION}`,
    feedLinks: { atom: `${base}feed.xml` },
  })
  for (const article of newest) {
    const url = base + urlPath(article.path)
    const byline = metaText(article.byline)
    feed.addItem({
      id: url,
      link: url,
      title: metaText(article.title) || SITE_LABELS.untitled,
      date: new Date(article.updatedAt),
      published: new Date(article.createdAt),
      ...(article.description ? { description: metaText(article.description) } : {}),
      ...(byline ? { author: [{ name: byline }] } : {}),
      category: article.tags.map((tag) => ({ name: metaText(tag), term: metaText(tag) })),
    })
  }
  return feed.atom1()
}
