import type { Article } from '../../shared/articles/article-schema'
import type { ExportedPage } from '../../shared/export/export-contract'
import type { Digits } from '../../shared/settings/settings-schema'
import { articlePage } from './article-page'
import { embeddedImages } from './embedded-images'
import { exportFileName } from './export-file-name'
import { imageSources, parseBody, renderBody } from './render-body'

/**
 * Exports one article as a standalone page: the body checked against the article schema and
 * rendered with it, the images it uses embedded from the data directory's media folder.
 */
export async function exportArticle(
  article: Article,
  options: { mediaDir: string; digits: Digits; timeZone?: string },
): Promise<ExportedPage> {
  const doc = parseBody(article.body)
  // The schema already holds the featured image to a stored `media/…` source.
  const featured = article.featuredImage ?? null
  const sources = imageSources(doc)
  if (featured) sources.push(featured.src)
  const images = await embeddedImages(options.mediaDir, sources)
  const bodyHtml = renderBody(doc, { imageSrc: (src) => images.get(src) ?? null })
  const featuredSrc = featured ? images.get(featured.src) : undefined
  const html = articlePage(article, {
    bodyHtml,
    featured: featured && featuredSrc ? { src: featuredSrc, alt: featured.alt } : null,
    digits: options.digits,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  })
  return { fileName: exportFileName(article), html }
}
