import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { BlockDirection } from './block-direction'
import { Figure } from './figure'

/**
 * The WHATWG URL parser, which every runtime Midad runs in (Chromium, Node) provides. shared/ sees
 * no DOM or Node types, so its one member used here is declared.
 */
const WhatwgUrl = (globalThis as unknown as { URL: new (raw: string) => { protocol: string } }).URL

/** http(s) and mailto only: a link in an article must be something a reader can follow safely. */
export function isAllowedLink(raw: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new WhatwgUrl(raw).protocol)
  } catch {
    return false
  }
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
