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

/** Serves the built renderer for `app://midad/…`, with the CSP header; nothing outside it. */
export async function appProtocolResponse(
  rendererDir: string,
  requestUrl: string,
): Promise<Response> {
  const url = new URL(requestUrl)
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
