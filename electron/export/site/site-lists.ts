import { arabicDate } from '../article-date'
import { escapeHtml, metaText } from '../html-text'
import { relativeHref, SITE_LABELS, type SiteContext, siteDocument } from './site-document'
import { siteNumber } from './site-numbers'
import { listPagePath, rootOf } from './site-paths'

/** Articles on one page of a list: the front page, a tag's page. */
export const PAGE_SIZE = 50

/** What a list shows of an article. */
export interface ListedArticle {
  path: string
  title: string
  description: string
  createdAt: string
}

/** A page of the site, ready to write. */
export interface SitePage {
  path: string
  html: string
}

/**
 * Items already written, by article and by the depth of the page they are on (their link is
 * relative): an article appears on the front page and on each of its tags' pages.
 */
const itemCache = new WeakMap<ListedArticle, Map<string, string>>()

function item(context: SiteContext, from: string, article: ListedArticle): string {
  const root = rootOf(from)
  let byRoot = itemCache.get(article)
  if (!byRoot) {
    byRoot = new Map()
    itemCache.set(article, byRoot)
  }
  let html = byRoot.get(root)
  if (html === undefined) {
    html = itemHtml(context, from, article)
    byRoot.set(root, html)
  }
  return html
}

function itemHtml(context: SiteContext, from: string, article: ListedArticle): string {
  const title = metaText(article.title) || SITE_LABELS.untitled
  const date = arabicDate(article.createdAt, context.digits, context.timeZone)
  const iso = new Date(article.createdAt).toISOString()
  return [
    '<li><article>',
    `<h2><a href="${escapeHtml(relativeHref(from, article.path))}" dir="auto">${escapeHtml(title)}</a></h2>`,
    `<p class="dateline"><time datetime="${iso}">${date}</time></p>`,
    article.description && `<p class="summary" dir="auto">${escapeHtml(article.description)}</p>`,
    '</article></li>',
  ]
    .filter(Boolean)
    .join('\n')
}

function pageLinks(context: SiteContext, first: string, n: number, pages: number): string {
  if (pages <= 1) return ''
  const from = listPagePath(first, n)
  const link = (to: number, rel: string, label: string) =>
    `<a rel="${rel}" href="${escapeHtml(relativeHref(from, listPagePath(first, to)))}">${label}</a>`
  const count = SITE_LABELS.page(siteNumber(n, context.digits), siteNumber(pages, context.digits))
  return [
    `<nav class="pages" aria-label="${SITE_LABELS.pages}">`,
    n > 1 ? link(n - 1, 'prev', SITE_LABELS.newer) : '<span></span>',
    `<span>${count}</span>`,
    n < pages ? link(n + 1, 'next', SITE_LABELS.older) : '<span></span>',
    '</nav>',
  ].join('\n')
}

/**
 * A list of articles (newest first, as given) as pages of {@link PAGE_SIZE}: the first at
 * `first`, the others at {@link listPagePath}. An empty list is one page saying so.
 */
export function* listPages(
  context: SiteContext,
  list: { first: string; heading: string; articles: readonly ListedArticle[] },
): Generator<SitePage> {
  const pages = Math.max(1, Math.ceil(list.articles.length / PAGE_SIZE))
  for (let n = 1; n <= pages; n++) {
    const path = listPagePath(list.first, n)
    const items = list.articles.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE)
    const pageNote =
      n > 1
        ? ` (${SITE_LABELS.page(siteNumber(n, context.digits), siteNumber(pages, context.digits))})`
        : ''
    const body = [
      `<h1 dir="auto">${escapeHtml(list.heading)}</h1>`,
      items.length
        ? `<ol class="article-list">\n${items.map((a) => item(context, path, a)).join('\n')}\n</ol>`
        : `<p>${SITE_LABELS.noArticles}</p>`,
      pageLinks(context, list.first, n, pages),
    ]
    const title =
      list.heading === context.title ? list.heading : `${list.heading} · ${context.title}`
    yield {
      path,
      html: siteDocument(context, {
        path,
        title: title + pageNote,
        body: body.filter(Boolean).join('\n'),
      }),
    }
  }
}

/** `tags/index.html`: every tag, with how many articles carry it, linking to its page. */
export function tagIndexPage(
  context: SiteContext,
  tags: readonly { name: string; path: string; count: number }[],
): SitePage {
  const path = 'tags/index.html'
  const items = tags.map(
    (tag) =>
      `<li><a href="${escapeHtml(relativeHref(path, tag.path))}" dir="auto">${escapeHtml(tag.name)}</a> (${siteNumber(tag.count, context.digits)})</li>`,
  )
  const body = [
    `<h1>${SITE_LABELS.tags}</h1>`,
    items.length
      ? `<ul class="tag-index">\n${items.join('\n')}\n</ul>`
      : `<p>${SITE_LABELS.noTags}</p>`,
  ].join('\n')
  return {
    path,
    html: siteDocument(context, { path, title: `${SITE_LABELS.tags} · ${context.title}`, body }),
  }
}
