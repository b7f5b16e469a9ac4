import { PREVIEW_HEADERS, previewId } from '../export/preview-page'
import { isMediaPath, MEDIA_CACHE_CONTROL, readMediaFile } from '../media/media-files'
import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { readStaticFile } from '../server/static-files'

/** The custom scheme the window loads from: a standard, secure origin instead of file://. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://midad`

/** True for URLs of the app's own page (the only frames allowed to call the API). */
export function isAppUrl(raw: string | undefined): boolean {
  if (!raw) return false
  try {
    const url = new URL(raw)
    return url.protocol === `${APP_SCHEME}:` && url.host === 'midad'
  } catch {
    return false
  }
}

/**
 * Serves the built renderer for `app://midad/…`, with the CSP header, and the data directory's
 * stored images for `app://midad/media/<sha256>.<ext>` (what an article's relative
 * `media/…` sources resolve to); nothing outside either.
 */
export async function appProtocolResponse(
  rendererDir: string,
  requestUrl: string,
  mediaDir?: string,
  /** Renders the Preview of an article (`app://midad/preview/<id>.html`); null: no such one. */
  preview?: (id: string) => Promise<string | null>,
): Promise<Response> {
  const url = new URL(requestUrl)
  const previewOf = url.host === 'midad' ? previewId(url.pathname) : null
  if (previewOf && preview) {
    const html = await preview(previewOf)
    if (html === null) return new Response('Not found', { status: 404 })
    return new Response(html, { headers: PREVIEW_HEADERS })
  }
  if (url.host === 'midad' && isMediaPath(url.pathname)) {
    const image = mediaDir ? await readMediaFile(mediaDir, url.pathname) : null
    if (!image) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(image.body), {
      headers: {
        'Content-Type': image.type,
        'Cache-Control': MEDIA_CACHE_CONTROL,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }
  const file = url.host === 'midad' ? await readStaticFile(rendererDir, url.pathname) : null
  if (!file) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
