import { mergeAttributes, Node } from '@tiptap/core'
import type { DOMOutputSpec } from '@tiptap/pm/model'
import { isMediaSrc } from '../media/media-src'

/** What a figure holds besides its caption (the caption is the node's inline content). */
export interface FigureAttributes {
  /** A stored image: `media/<sha256>.<ext>` (see `MediaSrc`). */
  src: string
  /** Says what the image shows, for readers who cannot see it. Asked for at insertion. */
  alt: string
  /** Who made the image ("Photo: Reuters"); empty when there is none. */
  credit: string
}

export interface FigureOptions {
  /**
   * Attributes added to every `<figure>` this node renders.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /**
       * Inserts an image with its caption at `position` (the selection when omitted). Does
       * nothing when `src` is not a stored image (`media/<sha256>.<ext>`) or `alt` is empty.
       */
      insertFigure: (
        figure: FigureAttributes & { caption?: string },
        position?: number,
      ) => ReturnType
    }
  }
}

/** The element's first descendant matching `selector`, through the one DOM method used here. */
type Queryable = { querySelector: (selector: string) => Queryable | null }
type Readable = Queryable & {
  getAttribute: (name: string) => string | null
  textContent: string | null
}

/**
 * An image in an article: `<figure>` with the image, an editable caption and a credit. The image
 * must be one Midad stored (`media/<sha256>.<ext>`): a figure whose image is anything else (a
 * remote address, a `data:` URL, from pasted HTML or a hand-edited file) is dropped when parsed
 * and never rendered with that source, so no article can make a reader's browser fetch from
 * elsewhere.
 *
 * JSON: `{ type: 'figure', attrs: { src, alt, credit }, content: [caption text…] }`.
 * HTML: `<figure><img src alt><figcaption><span class="caption">…</span>
 * <small class="credit">…</small></figcaption></figure>` (no credit, no `<small>`; no caption and
 * no credit, still an empty `<span class="caption">`, the caption's place).
 */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  marks: '_',
  defining: true,
  isolating: true,
  draggable: false,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      src: { default: '', rendered: false },
      alt: { default: '', rendered: false },
      credit: { default: '', rendered: false },
    }
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const dom = element as unknown as Readable
          const img = dom.querySelector('img') as Readable | null
          const src = img?.getAttribute('src') ?? ''
          if (!isMediaSrc(src)) return false
          const credit = dom.querySelector('figcaption .credit') as Readable | null
          return {
            src,
            alt: img?.getAttribute('alt') ?? '',
            credit: credit?.textContent?.trim() ?? '',
          }
        },
        contentElement: (element: unknown) => {
          const dom = element as Queryable
          // The caption's span; an older or foreign figure's whole figcaption; else an empty
          // element (the credit alone must not become the caption).
          const owner = element as { ownerDocument: { createElement: (t: string) => unknown } }
          return (dom.querySelector('figcaption .caption') ??
            dom.querySelector('figcaption:not(:has(.credit))') ??
            owner.ownerDocument.createElement('span')) as never
        },
      },
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, credit } = node.attrs as FigureAttributes
    const captionParts: DOMOutputSpec[] = [['span', { class: 'caption' }, 0]]
    if (credit) captionParts.push(['small', { class: 'credit' }, String(credit)])
    // A source that is not a stored image is never rendered (see the class comment).
    const image: DOMOutputSpec[] = isMediaSrc(src) ? [['img', { src, alt: String(alt ?? '') }]] : []
    return [
      'figure',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes),
      ...image,
      ['figcaption', {}, ...captionParts],
    ]
  },

  addCommands() {
    return {
      insertFigure:
        ({ src, alt, credit, caption }, position) =>
        ({ commands, state }) => {
          if (!isMediaSrc(src) || !alt.trim()) return false
          const text = caption?.trim()
          return commands.insertContentAt(position ?? state.selection, {
            type: this.name,
            attrs: { src, alt: alt.trim(), credit: credit.trim() },
            ...(text ? { content: [{ type: 'text', text }] } : {}),
          })
        },
    }
  },
})
