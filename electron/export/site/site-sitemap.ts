import { urlPath } from './site-paths'

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** One URL of the sitemap: a page's path in the site, and when its content last changed. */
export interface SitemapEntry {
  path: string
  updatedAt: string
}

/**
 * `sitemap.xml` (sitemaps.org 0.9): every page a search engine should index, with absolute,
 * percent-encoded addresses on `base` and the date it last changed. The protocol caps a sitemap
 * at 50,000 URLs; a larger site needs a sitemap index, which Midad does not write yet.
 */
export function siteSitemap(base: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const loc = (base + urlPath(entry.path)).replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string)
    return `<url><loc>${loc}</loc><lastmod>${new Date(entry.updatedAt).toISOString()}</lastmod></url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`
}
