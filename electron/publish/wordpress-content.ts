import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../shared/articles/article-schema'
import { MEDIA_TYPES, type MediaExtension } from '../../shared/media/media-src'
import type { Digits } from '../../shared/settings/settings-schema'
import { correctionsHtml } from '../export/corrections-html'
import { escapeHtml } from '../export/html-text'
import { pageLanguage } from '../export/page-language'
import { imageSources, parseBody, renderBody } from '../export/render-body'

/** A stored image read for upload. */
export interface MediaFile {
  bytes: Uint8Array
  /** `<sha256>.<ext>`, which WordPress keeps as the media's slug, so it is found again. */
  fileName: string
  mime: string
}

/** Reads a stored `media/<sha256>.<ext>` image. */
export async function readMedia(mediaDir: string, src: string): Promise<MediaFile> {
  const fileName = src.slice('media/'.length)
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1) as MediaExtension
  return {
    bytes: await readFile(join(mediaDir, fileName)),
    fileName,
    mime: MEDIA_TYPES[ext] ?? 'application/octet-stream',
  }
}

/**
 * An article's post content for WordPress: the standfirst and byline, the body rendered by the
 * export's own serializer (so WordPress shows what the editor and the export show), its images at
 * the addresses `imageUrl` gives (the uploaded copies), and the corrections at the end.
 */
export async function wordPressContent(
  article: Article,
  options: { digits: Digits; imageUrl: (src: string) => Promise<string | null> },
): Promise<string> {
  const doc = parseBody(article.body)
  const urls = new Map<string, string | null>()
  for (const src of imageSources(doc)) urls.set(src, await options.imageUrl(src))
  const { labels } = pageLanguage(article)
  const byline = article.byline.trim()
  return [
    article.standfirst.trim() &&
      `<p class="standfirst" dir="auto"><strong>${escapeHtml(article.standfirst)}</strong></p>`,
    byline && `<p class="byline" dir="auto">${labels.byline} ${escapeHtml(byline)}</p>`,
    renderBody(doc, { imageSrc: (src) => urls.get(src) ?? null }),
    correctionsHtml(article.corrections, options.digits),
  ]
    .filter(Boolean)
    .join('\n')
}
