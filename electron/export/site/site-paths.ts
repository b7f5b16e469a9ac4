import type { ArticleSummary } from '../../../shared/articles/article-schema'
import { safeFileStem } from '../export-file-name'

/** Where an exported site keeps each kind of page, relative to its root. */
export const SITE_FOLDERS = { articles: 'articles', tags: 'tags' } as const

/** A path's key on a file system that ignores case (Windows, macOS): two paths, one file. */
const fileKey = (stem: string) => stem.toLowerCase()

/**
 * Each article's page in the site, `articles/<slug>.html`: its slug (else its id) made safe for
 * every file system. Slugs that clash, also by case alone, are resolved deterministically: the
 * older article keeps the name, a newer one gets "-2", "-3"… (the first free one), so adding an
 * article never moves an older one's page.
 */
export function articlePaths(
  articles: readonly Pick<ArticleSummary, 'id' | 'slug' | 'createdAt'>[],
): Map<string, string> {
  const oldestFirst = [...articles].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1),
  )
  const taken = new Set<string>()
  const paths = new Map<string, string>()
  for (const article of oldestFirst) {
    const base = safeFileStem(article.slug) || safeFileStem(article.id) || 'article'
    let stem = base
    for (let n = 2; taken.has(fileKey(stem)); n++) stem = `${base}-${n}`
    taken.add(fileKey(stem))
    paths.set(article.id, `${SITE_FOLDERS.articles}/${stem}.html`)
  }
  return paths
}

/** Arabic diacritics and tatweel: a tag written with or without them is the same tag. */
const DECORATIONS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g

/**
 * The name of a tag's page: the tag made safe for a file name, without diacritics or tatweel, in
 * lower case. Computed from the tag alone, so an article page links its tags without knowing the
 * rest of the site; tags that differ only in case, decoration or punctuation share one page.
 */
export function tagStem(tag: string): string {
  const stem = fileKey(safeFileStem(tag.normalize('NFC').replace(DECORATIONS, ''))) || 'tag'
  // `tags/index.html` is the list of all tags; a tag called "Index" gets a page of its own.
  return stem === 'index' ? 'index-tag' : stem
}

/** A tag's first page, relative to the site's root. */
export function tagPath(tag: string): string {
  return `${SITE_FOLDERS.tags}/${tagStem(tag)}.html`
}

/**
 * Page `n` (from 1) of a paginated list whose first page is `first`: the front page's later
 * pages are `page/2.html`…, a tag's are `tags/<tag>/2.html`….
 */
export function listPagePath(first: string, n: number): string {
  if (n === 1) return first
  return first === 'index.html' ? `page/${n}.html` : `${first.replace(/\.html$/, '')}/${n}.html`
}

/** From a page at `path` back to the site's root: '' at the root, "../" one folder down. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1)
}

/** A site path as it goes into a URL: each segment percent-encoded (Arabic names included). */
export function urlPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
