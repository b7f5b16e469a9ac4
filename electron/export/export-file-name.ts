import type { Article } from '../../shared/articles/article-schema'

/**
 * The file name an exported article is saved under: its slug (Arabic slugs stay Arabic), else its
 * id, reduced to letters (with their diacritics), digits, "-" and "_" so it is safe on every
 * system and in a download (no separators, dots, bidi controls or reserved characters), ending in
 * `.html`.
 */
export function exportFileName(article: Pick<Article, 'slug' | 'id'>): string {
  const safe = (raw: string) => {
    const cleaned = raw
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
    // Cut by code points, never inside a surrogate pair.
    return [...cleaned].slice(0, 100).join('').replace(/-+$/, '')
  }
  const name = safe(article.slug) || safe(article.id) || 'article'
  // Names Windows reserves for devices, whatever the extension.
  return `${/^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(name) ? `${name}-article` : name}.html`
}
