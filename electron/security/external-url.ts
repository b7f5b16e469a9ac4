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

/** What openInBrowser needs of Electron's `shell` (taken as an argument: no Electron import here). */
export interface ExternalOpener {
  openExternal(url: string): Promise<void>
}

/**
 * Opens `raw` in the system browser only when it parses as http(s), with the parsed URL's own
 * serialisation; anything else (file:, javascript:, custom schemes, garbage) is dropped. Returns
 * whether it opened. The one `openExternal` call in Midad is here, reviewed (see SECURITY.md).
 */
export function openInBrowser(shell: ExternalOpener, raw: string): boolean {
  const url = externalHttpUrl(raw)
  if (!url) return false
  void shell.openExternal(url.href) // eng-disable OPEN_EXTERNAL_JS_CHECK (only a parsed http(s) URL)
  return true
}
