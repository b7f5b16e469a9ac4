/**
 * Returns the parsed URL when `raw` may be opened in the system browser (http or https only),
 * else null. Parsing, not substring checks, so "javascript:…//https://" and friends never pass.
 */
export function externalHttpUrl(raw: string): URL | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
}
