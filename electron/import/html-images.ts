import type { Element } from 'domhandler'
import type { DocNode } from '../../shared/articles/doc-schema'
import type { SkippedImage } from './imported-article'

/**
 * Hosts that serve tracking pixels and analytics beacons, not pictures. An `<img>` from one of
 * them (or a subdomain) is dropped without a note, like a script.
 */
const TRACKER_HOSTS = [
  'google-analytics.com',
  'googletagmanager.com',
  'doubleclick.net',
  'googlesyndication.com',
  'googleadservices.com',
  'adservice.google.com',
  'scorecardresearch.com',
  'quantserve.com',
  'pixel.wp.com',
  'stats.wp.com',
  'bat.bing.com',
  'analytics.twitter.com',
  'ads-twitter.com',
  'px.ads.linkedin.com',
  'ct.pinterest.com',
  'mc.yandex.ru',
  'amazon-adsystem.com',
  'hotjar.com',
  'chartbeat.net',
  'effectivemeasure.net',
]

/** Paths that are beacons whatever the host: Facebook's pixel, Matomo/Piwik. */
const TRACKER_PATH = /^\/(tr\/?|matomo\.php|piwik\.php)$/i

/** Inline styles that hide an element or shrink it to a dot: how pixels are put in pages. */
const HIDDEN_STYLE =
  /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden|(width|height)\s*:\s*[01](\.0*)?(px)?\s*(!important)?\s*(;|$))/i

/** An embedded raster image in a format the media store accepts (SVG is refused: scripts). */
export const EMBEDDED_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif)(;[^,;]*)*;base64,/i

/** A `width`/`height` attribute of 0 or 1 pixel. */
const tiny = (value: string | undefined): boolean =>
  value !== undefined && /^\s*[01](\.0*)?\s*(px)?\s*$/i.test(value)

function isTrackerAddress(src: string): boolean {
  let url: URL
  try {
    url = new URL(src.trim())
  } catch {
    return false
  }
  const host = url.hostname.toLowerCase()
  if (TRACKER_HOSTS.some((tracker) => host === tracker || host.endsWith(`.${tracker}`))) return true
  return /(^|\.)facebook\.com$/.test(host) && TRACKER_PATH.test(url.pathname)
}

/** A tracking pixel: 1×1 (or hidden) by its attributes, or from a known tracker. */
export function isTrackingPixel(img: Element): boolean {
  const { width, height, style, src = '' } = img.attribs
  return tiny(width) || tiny(height) || HIDDEN_STYLE.test(style ?? '') || isTrackerAddress(src)
}

/** How an image source is named in a note: an embedded one by its type and size, not its bytes. */
export function describeSource(src: string): string {
  const trimmed = src.trim()
  if (!/^data:/i.test(trimmed)) return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed
  const type = /^data:([^;,]*)/i.exec(trimmed)?.[1] || 'unknown type'
  return `embedded ${type} (${Math.round((trimmed.length * 3) / 4 / 1024)} KB)`
}

/** What becomes of one `<img>`. */
export type ImageOutcome =
  | { kind: 'figure'; node: DocNode }
  | { kind: 'tracker' }
  | { kind: 'skipped'; note: SkippedImage }

/**
 * Decides what one `<img>` becomes. An embedded raster image (`data:image/png;base64,…`, as
 * mammoth writes a DOCX's pictures and as "save page, complete" can) becomes a figure whose
 * `src` is still that data URL: `storeImages` must store it in the media folder (or drop it)
 * before the article is saved. A tracking pixel is dropped. Anything else (a remote address, an
 * SVG) is not imported: importing never fetches from the network, and a remote image in an
 * article would make every reader's browser call that host; it is returned as a note instead.
 */
export function readImage(img: Element, caption: DocNode[] = []): ImageOutcome {
  if (isTrackingPixel(img)) return { kind: 'tracker' }
  const lazy = img.attribs['data-src'] ?? img.attribs['data-lazy-src'] ?? ''
  // A lazy-loaded image: `src` is a placeholder (often a 1×1 GIF), the picture is elsewhere.
  const src = (/^https?:/i.test(lazy.trim()) ? lazy : (img.attribs.src ?? '')).trim()
  if (!src) return { kind: 'tracker' }
  const alt = (img.attribs.alt ?? img.attribs.title ?? '').replace(/\s+/g, ' ').trim()
  if (!EMBEDDED_IMAGE.test(src)) {
    // An address on the web (or relative to the page) is remote; data:, file: and the like are not.
    const reason = /^(https?:|\/\/|[^:]*$)/i.test(src) ? 'remote' : 'unsupported'
    return { kind: 'skipped', note: { src: describeSource(src), alt, reason } }
  }
  const node: DocNode = { type: 'figure', attrs: { src, alt, credit: '' } }
  if (caption.length) node.content = caption
  return { kind: 'figure', node }
}
