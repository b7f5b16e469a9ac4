import type { SiteContext } from './site-document'
import { SITE_LABELS } from './site-document'
import { siteFeed } from './site-feed'
import { type ListedArticle, listPages, type SitePage, tagIndexPage } from './site-lists'
import type { SiteArticle } from './site-manifest'
import { tagPath, tagStem } from './site-paths'
import { siteSitemap } from './site-sitemap'
import { siteAssets } from './site-style'

/** An article in the site, with its id (the manifest's key). */
export type SiteEntry = SiteArticle & { id: string }

/** Everything but the article pages, as files to write. */
export interface SiteFile {
  path: string
  data: string | Uint8Array
}

interface TagGroup {
  stem: string
  /** How often each spelling was used; the commonest names the page. */
  names: Map<string, number>
  articles: SiteEntry[]
  updatedAt: number
}

const collator = new Intl.Collator('ar')

function groupTags(entries: readonly SiteEntry[]): TagGroup[] {
  const groups = new Map<string, TagGroup>()
  for (const entry of entries) {
    const seen = new Set<string>()
    for (const tag of entry.tags) {
      const stem = tagStem(tag)
      let group = groups.get(stem)
      if (!group) {
        group = { stem, names: new Map(), articles: [], updatedAt: 0 }
        groups.set(stem, group)
      }
      group.names.set(tag, (group.names.get(tag) ?? 0) + 1)
      if (seen.has(stem)) continue
      seen.add(stem)
      group.articles.push(entry)
      group.updatedAt = Math.max(group.updatedAt, Date.parse(entry.updatedAt))
    }
  }
  return [...groups.values()]
}

/** The spelling of a tag its page is titled with: the commonest, then the first in order. */
const tagName = (group: TagGroup) =>
  [...group.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? group.stem

/**
 * The site's files other than article pages, from its articles (newest first): the front page
 * and its later pages, a page per tag and the tag index, `feed.xml`, `sitemap.xml`, the
 * stylesheet and the fonts. `base` is the absolute address the feed and sitemap use.
 */
export function* sitePages(
  context: SiteContext,
  base: string,
  entries: readonly SiteEntry[],
): Generator<SiteFile> {
  const toPage = ({ path, html }: SitePage): SiteFile => ({ path, data: html })
  const listed: readonly ListedArticle[] = entries
  for (const page of listPages(context, {
    first: 'index.html',
    heading: context.title,
    articles: listed,
  }))
    yield toPage(page)
  const groups = groupTags(entries).sort((a, b) => collator.compare(tagName(a), tagName(b)))
  for (const group of groups) {
    const first = tagPath(tagName(group))
    const heading = `${SITE_LABELS.tag}: ${tagName(group)}`
    for (const page of listPages(context, { first, heading, articles: group.articles }))
      yield toPage(page)
  }
  yield toPage(
    tagIndexPage(
      context,
      groups.map((g) => ({
        name: tagName(g),
        path: tagPath(tagName(g)),
        count: g.articles.length,
      })),
    ),
  )
  yield { path: 'feed.xml', data: siteFeed(context, base, entries) }
  const newest = entries.reduce((max, e) => Math.max(max, Date.parse(e.updatedAt)), 0)
  const iso = (t: number) => new Date(t).toISOString()
  yield {
    path: 'sitemap.xml',
    data: siteSitemap(base, [
      { path: 'index.html', updatedAt: iso(newest) },
      ...entries.map((e) => ({ path: e.path, updatedAt: e.updatedAt })),
      ...groups.map((g) => ({ path: tagPath(tagName(g)), updatedAt: iso(g.updatedAt) })),
    ]),
  }
  yield* siteAssets()
}
