import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { BlockDirection } from './block-direction'
import { Figure } from './figure'

/**
 * The WHATWG URL parser, which every runtime Midad runs in (Chromium, Node) provides. shared/ sees
 * no DOM or Node types, so its one member used here is declared.
 */
const WhatwgUrl = (
  globalThis as unknown as {
    URL: new (raw: string) => { protocol: string; href: string; host: string }
  }
).URL

/** Link protocols a reader can follow safely. Everything else (javascript:, data:…) is dropped. */
const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * An http(s) or mailto link in its normalised (percent-encoded, valid) form, else null. One rule
 * for the editor, imported HTML and exported pages; relative links have no base and are dropped.
 */
export function safeLinkHref(raw: string): string | null {
  try {
    const url = new WhatwgUrl(raw.trim())
    return SAFE_LINK_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

/**
 * An absolute http(s) address with a host, in its normalised form, else null: what a web page
 * (a site's address, a link a reader clicks on a published page) can point at.
 */
export function httpUrl(raw: string): string | null {
  try {
    const url = new WhatwgUrl(raw.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host ? url.href : null
  } catch {
    return null
  }
}

/** http(s) and mailto only: a link in an article must be something a reader can follow safely. */
export function isAllowedLink(raw: string): boolean {
  return safeLinkHref(raw) !== null
}

/**
 * The article schema: what a news article is made of. Paragraphs, H2/H3, bold, italic,
 * underline, safe links, lists, quotes and figures (a stored image with its caption and credit);
 * no code blocks or strike-through, which have no place in a newsroom's copy. Each paragraph and heading takes the direction of its own text.
 *
 * One list for the editor (which adds its UI-only extensions on top) and for everything that
 * renders a stored body outside the editor (HTML export, publishing), so both agree on what a
 * document may hold and how each node becomes HTML.
 */
export function schemaExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    BlockDirection,
    Figure,
  ]
}
