import { z } from 'zod'
import type { Article } from '../../shared/articles/article-schema'
import type { ExportedPage } from '../../shared/export/export-contract'
import type { Digits } from '../../shared/settings/settings-schema'
import { articlePage } from './article-page'
import { embeddedImages } from './embedded-images'
import { exportFileName } from './export-file-name'
import { imageSources, parseBody, renderBody } from './render-body'
import { MEDIA_SRC } from './safe-markup'

/**
 * The featured image, when the article schema has one (`{ src, alt } | null`). Read loosely, so
 * export works before and after the field exists; anything but a stored `media/…` source is
 * ignored.
 */
const FeaturedImage = z.object({ src: z.string().regex(MEDIA_SRC), alt: z.string() })

/**
 * Exports one article as a standalone page: the body checked against the article schema and
 * rendered with it, the images it uses embedded from the data directory's media folder.
 */
export async function exportArticle(
  article: Article,
  options: { mediaDir: string; digits: Digits; timeZone?: string },
): Promise<ExportedPage> {
  const doc = parseBody(article.body)
  const featured = FeaturedImage.safeParse((article as { featuredImage?: unknown }).featuredImage)
  const sources = imageSources(doc)
  if (featured.success) sources.push(featured.data.src)
  const images = await embeddedImages(options.mediaDir, sources)
  const bodyHtml = renderBody(doc, { imageSrc: (src) => images.get(src) ?? null })
  const featuredSrc = featured.success ? images.get(featured.data.src) : undefined
  const html = articlePage(article, {
    bodyHtml,
    featured: featured.success && featuredSrc ? { src: featuredSrc, alt: featured.data.alt } : null,
    digits: options.digits,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  })
  return { fileName: exportFileName(article), html }
}
