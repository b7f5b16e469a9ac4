import { MIDAD_VERSION } from '../../shared/app-version'
import type { Article } from '../../shared/articles/article-schema'
import type { Digits } from '../../shared/settings/settings-schema'
import { arabicDate } from './article-date'
import { escapeHtml, metaText } from './html-text'
import { newsArticleJsonLd } from './json-ld'
import { pageLanguage } from './page-language'
import { pageStyle } from './page-style'

/**
 * The page's own policy, so that even a page edited by hand after export runs no script and
 * fetches nothing: only its inline styles and its embedded font and images.
 */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'"

/** What the page needs besides the article: the rendered body and the house settings. */
export interface PageParts {
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

function metaTags(article: Article, title: string, description: string): string[] {
  const lang = pageLanguage(article)
  const tags = article.tags.map(metaText).filter(Boolean)
  return [
    description && `<meta name="description" content="${attr(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${attr(title)}">`,
    description && `<meta property="og:description" content="${attr(description)}">`,
    `<meta property="og:locale" content="${lang.ogLocale}">`,
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

function tagList(article: Article): string {
  const tags = article.tags.filter((tag) => tag.trim())
  if (!tags.length) return ''
  const items = tags.map((tag) => `<li dir="auto">${escapeHtml(tag)}</li>`).join('\n')
  return `<footer>\n<ul class="tags" aria-label="${pageLanguage(article).labels.tags}">\n${items}\n</ul>\n</footer>`
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
  return `<!doctype html>
<html lang="${lang.lang}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${metaTags(article, title, description).join('\n')}
<meta name="generator" content="Midad ${MIDAD_VERSION}">
<style>
${pageStyle()}
</style>
<script type="application/ld+json">${jsonLd}</script>
</head>
<body>
<main>
<article>
${header(article, parts)}
${featuredFigure(parts.featured)}
<div class="article-body">
${parts.bodyHtml}</div>
${tagList(article)}
</article>
</main>
</body>
</html>
`
}
