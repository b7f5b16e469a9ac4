import { httpUrl } from '../editor/schema-extensions'

/**
 * A site's public address in the one form the site export builds links on: an absolute http(s)
 * URL without query or fragment, ending in "/". Null for anything else (a relative path,
 * javascript:, mailto:, text that is no URL).
 */
export function siteAddress(raw: string): string | null {
  const href = httpUrl(raw)
  if (!href) return null
  const base = href.replace(/[?#].*$/s, '')
  return base.endsWith('/') ? base : `${base}/`
}
