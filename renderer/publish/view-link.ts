/**
 * Where "View on site" points: a web page's http(s) address, parsed. A folder target without a
 * site address records the page's file instead, which a browser page may not open (and the
 * desktop app opens only web links), so it is shown as a path rather than a link.
 */
export function linkHref(link: string): string | null {
  try {
    const url = new URL(link)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
