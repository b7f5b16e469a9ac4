import type { Article } from '../../shared/articles/article-schema'

/** The language facts a page is written with. */
export interface PageLanguage {
  /** `<html lang>`. */
  lang: string
  /** `<html dir>`. */
  dir: 'rtl' | 'ltr'
  /** Open Graph's `og:locale`. */
  ogLocale: string
  /** The words the page itself adds around the article's text. */
  labels: { untitled: string; byline: string; tags: string; site: string }
}

/** An Arabic page's facts; a site's own pages (lists, tag index) are Arabic too. */
export const ARABIC: PageLanguage = {
  lang: 'ar',
  dir: 'rtl',
  ogLocale: 'ar_AR',
  labels: { untitled: 'بلا عنوان', byline: 'بقلم', tags: 'الوسوم', site: 'الموقع' },
}

/**
 * The language and direction of an exported article. Every Midad article is Arabic for now; when
 * articles carry their own language, this is the one place that reads it.
 */
export function pageLanguage(_article: Article): PageLanguage {
  return ARABIC
}
