/** Link protocols that may survive import or editing. Everything else (javascript:, data:…) is dropped. */
export const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * Parses `href` with the WHATWG URL parser and returns its normalised form when its protocol is
 * http(s) or mailto; otherwise null. Relative links have no base to resolve against and are dropped.
 */
export function safeLinkHref(href: string): string | null {
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return null
  }
  return SAFE_LINK_PROTOCOLS.has(url.protocol) ? url.href : null
}
