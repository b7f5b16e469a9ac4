import type { Article } from '../../shared/articles/article-schema'

/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

/**
 * Text reduced to a name that is safe as a file name on Windows, macOS and Linux and in a URL
 * path: letters (Arabic stays Arabic, with its marks), digits, "-" and "_"; no separators, dots,
 * bidi controls or reserved characters; NFC, at most 100 code points and 200 bytes; '' when
 * nothing is left.
 */
export function safeFileStem(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
  // Cut by code points (never inside a surrogate pair), to 100 of them and 200 bytes of UTF-8, so
  // the name and a "-2.html" stay within the 255 bytes file systems allow.
  let stem = ''
  let bytes = 0
  for (const char of [...cleaned].slice(0, 100)) {
    bytes += Buffer.byteLength(char)
    if (bytes > 200) break
    stem += char
  }
  stem = stem.replace(/-+$/, '')
  return WINDOWS_DEVICES.test(stem) ? `${stem}-article` : stem
}

/**
 * The file name an exported article is saved under: its slug (Arabic slugs stay Arabic), else its
 * id, made safe by {@link safeFileStem}, ending in `.html`.
 */
export function exportFileName(article: Pick<Article, 'slug' | 'id'>): string {
  return `${safeFileStem(article.slug) || safeFileStem(article.id) || 'article'}.html`
}
