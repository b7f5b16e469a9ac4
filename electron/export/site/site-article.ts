import { createHash } from 'node:crypto'
import type { Article } from '../../../shared/articles/article-schema'
import { isMediaSrc } from '../../../shared/media/media-src'
import { articlePage } from '../article-page'
import { metaText } from '../html-text'
import { imageSources, parseBody, renderBody } from '../render-body'
import { absoluteUrl, relativeHref, type SiteContext } from './site-document'
import type { SiteArticle } from './site-manifest'
import { tagPath } from './site-paths'

/** Listings show this much of an article's description. */
const SUMMARY_LENGTH = 300

/** A description cut to {@link SUMMARY_LENGTH} code points, at a word, with "…" when cut. */
function summary(text: string): string {
  const chars = [...text]
  if (chars.length <= SUMMARY_LENGTH) return text
  const cut = chars.slice(0, SUMMARY_LENGTH).join('')
  return `${cut.replace(/\s+\S*$/u, '')}…`
}

/** Where a stored image (`media/<sha256>.<ext>`) goes in the site. */
export const imagePath = (src: string) => `assets/images/${src.slice('media/'.length)}`

/** An article page rendered for the site, and what the site's lists need of the article. */
export interface RenderedArticle {
  html: string
  /** The stored images the page shows (`media/…`), to be copied into the site. */
  sources: string[]
  meta: SiteArticle
}

/** The SHA-256 of a file's content, which the manifest compares to tell what changed. */
export const contentHash = (data: string | Uint8Array) =>
  createHash('sha256').update(data).digest('hex')

/**
 * One article's page in the site at `path`: the standalone page's document with the site's
 * stylesheet, masthead and addresses, its tags linking to their pages, and its images pointing
 * into `assets/images/` (`hasImage` says which stored images exist; the others are left out).
 */
export function renderSiteArticle(
  article: Article,
  path: string,
  context: SiteContext,
  hasImage: (src: string) => boolean,
): RenderedArticle {
  const doc = parseBody(article.body)
  const sources = imageSources(doc).filter(hasImage)
  const featured =
    article.featuredImage && hasImage(article.featuredImage.src) ? article.featuredImage : null
  if (featured && !sources.includes(featured.src)) sources.push(featured.src)
  const imageHref = (src: string) => relativeHref(path, imagePath(src))
  const bodyHtml = renderBody(doc, {
    imageSrc: (src) => (isMediaSrc(src) && hasImage(src) ? imageHref(src) : null),
  })
  const html = articlePage(article, {
    bodyHtml,
    featured: featured ? { src: imageHref(featured.src), alt: featured.alt } : null,
    digits: context.digits,
    ...(context.timeZone ? { timeZone: context.timeZone } : {}),
    site: {
      root: relativeHref(path, ''),
      siteTitle: context.title,
      canonical: absoluteUrl(context, path),
      ogImage: featured ? absoluteUrl(context, imagePath(featured.src)) : null,
      tagHref: (tag) => relativeHref(path, tagPath(tag)),
    },
  })
  const description = metaText(article.excerpt) || metaText(article.standfirst)
  return {
    html,
    sources,
    meta: {
      revision: article.revision,
      updatedAt: article.updatedAt,
      createdAt: article.createdAt,
      path,
      title: metaText(article.title),
      description: summary(description),
      byline: metaText(article.byline),
      tags: article.tags.filter((tag) => tag.trim()),
      images: sources.map(imagePath),
    },
  }
}
