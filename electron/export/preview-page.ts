import type { Backend } from '../api/dispatch'
import { dispatch } from '../api/dispatch'
import { PAGE_CSP } from './article-page'

/** `/preview/<article id>.html`: the address the Preview frame loads. */
const PREVIEW_PATH = /^\/preview\/([A-Za-z0-9_-]{1,64})\.html$/

/** The article id a preview address names, or null when it is not one. */
export function previewId(pathname: string): string | null {
  return PREVIEW_PATH.exec(pathname)?.[1] ?? null
}

/**
 * Headers of a preview: the exported page's own policy (no script at all), which also lets only
 * the app's own page frame it. The frame is sandboxed by the app as well.
 */
export const PREVIEW_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': `${PAGE_CSP}; script-src 'none'; frame-ancestors 'self'`,
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
}

/**
 * The article as "Export HTML" renders it (the saved revision), for the Preview frame; null when
 * there is no such article or it cannot be rendered.
 */
export async function previewPage(backend: Backend, id: string): Promise<string | null> {
  const envelope = await dispatch(backend, 'export.article', { id })
  return envelope.ok ? (envelope.value as { html: string }).html : null
}
