import { MIDAD_VERSION } from '../../shared/app-version'
import type { Article } from '../../shared/articles/article-schema'
import type { Digits } from '../../shared/settings/settings-schema'
import { arabicDate } from './article-date'
import { correctionsHtml } from './corrections-html'
import { escapeHtml, metaText } from './html-text'
import { newsArticleJsonLd } from './json-ld'
import { pageLanguage } from './page-language'
import { pageStyle } from './page-style'

/**
 * The page's own policy, so that even a page edited by hand after export runs no script and
 * fetches nothing: only its inline styles and its embedded font and images.
 */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'"

/**
 * A page inside an exported site links its stylesheet and images instead of embedding them, so
 * the policy cannot be "nothing but inline": it forbids every way to run code (scripts, plugins,
 * frames, forms, a `<base>` that redirects relative links) and leaves styles, fonts and images to
 * the site's own files.
 */
export const SITE_CSP =
  "script-src 'none'; object-src 'none'; frame-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"

/** What an article page inside an exported site adds: the site's links and its addresses. */
export interface SiteParts {
  /** From this page to the site's root folder, e.g. "../". */
  root: string
  /** The site's name, linking to its front page. */
  siteTitle: string
  /** The page's absolute address, when the site's address is known. */
  canonical: string | null
  /** The featured image's absolute address, for Open Graph; null without a site address. */
  ogImage: string | null
  /** A tag's page, relative to this page. */
  tagHref: (tag: string) => string
}

/** What the page needs besides the article: the rendered body and the house settings. */
export interface PageParts {
  /** Absent for a standalone page; present for a page of an exported site. */
  site?: SiteParts
  /** The body, already rendered and sanitised (render-body.ts). */
  bodyHtml: string
  /** The featured image as a ready `<img>` source and its alt text, if the article has one. */
  featured?: { src: string; alt: string } | null
  digits: Digits
  /** Only for tests; the machine's own zone otherwise. */
  timeZone?: string
}

const attr = escapeHtml

/** An ISO time in the one form HTML and Open Graph both accept (`2026-11-24T09:00:00.000Z`). */
const isoTime = (iso: string) => new Date(iso).toISOString()

function metaTags(article: Article, parts: PageParts, title: string, description: string) {
  const lang = pageLanguage(article)
  const site = parts.site
  const tags = article.tags.map(metaText).filter(Boolean)
  return [
    description && `<meta name="description" content="${attr(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${attr(title)}">`,
    description && `<meta property="og:description" content="${attr(description)}">`,
    `<meta property="og:locale" content="${lang.ogLocale}">`,
    site?.canonical && `<meta property="og:url" content="${attr(site.canonical)}">`,
    site?.ogImage && `<meta property="og:image" content="${attr(site.ogImage)}">`,
    site && `<meta property="og:site_name" content="${attr(site.siteTitle)}">`,
    `<meta property="article:published_time" content="${isoTime(article.createdAt)}">`,
    `<meta property="article:modified_time" content="${isoTime(article.updatedAt)}">`,
    ...tags.map((tag) => `<meta property="article:tag" content="${attr(tag)}">`),
  ].filter(Boolean)
}

function header(article: Article, parts: PageParts): string {
  const { labels } = pageLanguage(article)
  const title = article.title.trim() ? article.title : labels.untitled
  const byline = article.byline.trim()
  const date = arabicDate(article.createdAt, parts.digits, parts.timeZone)
  return [
    '<header>',
    `<h1 dir="auto">${escapeHtml(title)}</h1>`,
    article.standfirst.trim() &&
      `<p class="standfirst" dir="auto">${escapeHtml(article.standfirst)}</p>`,
    '<p class="dateline">',
    byline && `<span class="byline">${labels.byline} ${escapeHtml(byline)}</span> · `,
    `<time datetime="${isoTime(article.createdAt)}">${date}</time>`,
    '</p>',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n')
}

function featuredFigure(featured: PageParts['featured']): string {
  if (!featured) return ''
  return `<figure class="featured"><img src="${attr(featured.src)}" alt="${attr(featured.alt)}"></figure>`
}

function tagList(article: Article, site: SiteParts | undefined): string {
  const tags = article.tags.filter((tag) => tag.trim())
  if (!tags.length) return ''
  const items = tags
    .map((tag) =>
      site
        ? `<li><a href="${attr(site.tagHref(tag))}" dir="auto">${escapeHtml(tag)}</a></li>`
        : `<li dir="auto">${escapeHtml(tag)}</li>`,
    )
    .join('\n')
  return `<footer>\n<ul class="tags" aria-label="${pageLanguage(article).labels.tags}">\n${items}\n</ul>\n</footer>`
}

/** A site page's links in `<head>`: its stylesheet, its address and the site's feed. */
export function siteHead(site: Pick<SiteParts, 'root' | 'canonical'>): string {
  return [
    `<link rel="stylesheet" href="${attr(site.root)}assets/site.css">`,
    site.canonical && `<link rel="canonical" href="${attr(site.canonical)}">`,
    `<link rel="alternate" type="application/atom+xml" href="${attr(site.root)}feed.xml">`,
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * The bar at the top of every site page: the site's name, linking to its front page, and the
 * list of its tags.
 */
export function masthead(
  site: Pick<SiteParts, 'root' | 'siteTitle'>,
  labels: { site: string; tags: string },
): string {
  return `<header class="masthead">
<nav aria-label="${attr(labels.site)}"><a class="site-name" href="${attr(site.root)}index.html" dir="auto">${escapeHtml(site.siteTitle)}</a> <a href="${attr(site.root)}tags/index.html">${escapeHtml(labels.tags)}</a></nav>
</header>
`
}

/**
 * A complete, standalone HTML page for one article: language and direction from the article,
 * title, description (excerpt, else standfirst), Open Graph and JSON-LD NewsArticle metadata, the
 * header (title, standfirst, byline, date in Arabic, with Arabic-Indic or Western digits by the
 * house setting), the body and the tags. The only `<script>` is the JSON-LD data block, which
 * browsers never run; every other text is escaped.
 */
export function articlePage(article: Article, parts: PageParts): string {
  const lang = pageLanguage(article)
  const title = metaText(article.title) || lang.labels.untitled
  const description = metaText(article.excerpt) || metaText(article.standfirst)
  const jsonLd = newsArticleJsonLd({
    headline: title,
    description,
    datePublished: isoTime(article.createdAt),
    dateModified: isoTime(article.updatedAt),
    author: metaText(article.byline),
    keywords: article.tags.map(metaText).filter(Boolean),
    inLanguage: lang.lang,
  })
  return htmlDocument({
    lang: lang.lang,
    dir: lang.dir,
    csp: parts.site ? SITE_CSP : PAGE_CSP,
    title,
    head: [
      ...metaTags(article, parts, title, description),
      parts.site ? siteHead(parts.site) : `<style>\n${pageStyle()}\n</style>`,
      `<script type="application/ld+json">${jsonLd}</script>`,
    ],
    body: `${parts.site ? masthead(parts.site, lang.labels) : ''}<main>
<article>
${header(article, parts)}
${featuredFigure(parts.featured)}
<div class="article-body">
${parts.bodyHtml}</div>
${correctionsHtml(article.corrections, parts.digits, parts.timeZone)}
${tagList(article, parts.site)}
</article>
</main>`,
  })
}

/**
 * The document every exported page shares: doctype, language and direction, UTF-8, the page's
 * content policy, the viewport, the (escaped) title and the generator; then its own head and body.
 */
export function htmlDocument(page: {
  lang: string
  dir: 'rtl' | 'ltr'
  csp: string
  title: string
  head: readonly (string | null | undefined | false)[]
  body: string
}): string {
  return `<!doctype html>
<html lang="${page.lang}" dir="${page.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${page.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<meta name="generator" content="Midad ${MIDAD_VERSION}">
${page.head.filter(Boolean).join('\n')}
</head>
<body>
${page.body}
</body>
</html>
`
}
