import type { Digits } from '../../../shared/settings/settings-schema'
import { htmlDocument, masthead, SITE_CSP, siteHead } from '../article-page'
import { ARABIC } from '../page-language'
import { rootOf, urlPath } from './site-paths'

/** What every page of a site is written with. */
export interface SiteContext {
  /** The site's name, shown in every page's masthead. */
  title: string
  /** The site's public address ending in "/", or null when none is set. */
  base: string | null
  digits: Digits
  /** Only for tests; the machine's own zone otherwise. */
  timeZone?: string
}

/** The words a site's own pages use. The site is Arabic; each article page has its own. */
export const SITE_LABELS = {
  // The words an article page uses too (the masthead, an untitled article), from one place.
  ...ARABIC.labels,
  tag: 'وسم',
  pages: 'الصفحات',
  newer: 'الأحدث',
  older: 'الأقدم',
  page: (n: string, of: string) => `صفحة ${n} من ${of}`,
  noArticles: 'لا مقالات بعد.',
  noTags: 'لا وسوم بعد.',
} as const

/** A page's absolute address when the site has one. */
export function absoluteUrl(context: SiteContext, path: string): string | null {
  return context.base ? context.base + urlPath(path) : null
}

/** A link from the page at `from` to the page at `to`, relative, percent-encoded. */
export function relativeHref(from: string, to: string): string {
  return rootOf(from) + urlPath(to)
}

/**
 * A complete page of the site other than an article: list pages and the tag index. The same
 * shell as an article page (stylesheet, masthead, policy), Arabic and right-to-left.
 */
export function siteDocument(
  context: SiteContext,
  page: { path: string; title: string; head?: string[]; body: string },
): string {
  const root = rootOf(page.path)
  const canonical = absoluteUrl(context, page.path)
  return htmlDocument({
    lang: 'ar',
    dir: 'rtl',
    csp: SITE_CSP,
    title: page.title,
    head: [siteHead({ root, canonical }), ...(page.head ?? [])],
    body: `${masthead({ root, siteTitle: context.title }, SITE_LABELS)}<main class="listing">
${page.body}
</main>`,
  })
}
