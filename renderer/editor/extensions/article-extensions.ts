import type { Extensions } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import StarterKit from '@tiptap/starter-kit'
import { BlockDirection } from './block-direction'

/** http(s) and mailto only: a link in an article must be something a reader can follow safely. */
export function isAllowedLink(raw: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(raw).protocol)
  } catch {
    return false
  }
}

/**
 * The editor's schema: what a news article is made of. Paragraphs, H2/H3, bold, italic,
 * underline, safe links, lists and quotes; no code blocks or strike-through, which have no place
 * in a newsroom's copy. Each paragraph and heading takes the direction of its own text.
 */
export function articleExtensions(placeholder: () => string = () => ''): Extensions {
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
    Placeholder.configure({ placeholder }),
  ]
}
