import type { Node as PmNode } from '@tiptap/pm/model'
import { Figure } from '../../../shared/editor/figure'
import { isMediaSrc } from '../../../shared/media/media-src'

export interface EditorFigureOptions {
  /**
   * The hint shown in an empty caption, read at each render so it follows the UI language.
   * @default () => ''
   */
  captionPlaceholder: () => string
}

/**
 * The figure as the editor shows it: the same node as the shared schema's, drawn by a node view
 * so that only the caption is editable text; the image and the credit are not (the browser would
 * otherwise let the cursor into them and ProseMirror would undo what was typed there).
 */
export const EditorFigure = Figure.extend<
  EditorFigureOptions & { HTMLAttributes: Record<string, unknown> }
>({
  addOptions() {
    return { ...this.parent?.(), HTMLAttributes: {}, captionPlaceholder: () => '' }
  },

  addNodeView() {
    const placeholder = this.options.captionPlaceholder
    return ({ node }) => {
      const dom = document.createElement('figure')
      const img = document.createElement('img')
      img.contentEditable = 'false'
      img.draggable = false
      const caption = document.createElement('figcaption')
      const text = document.createElement('span')
      text.className = 'caption'
      const credit = document.createElement('small')
      credit.className = 'credit'
      credit.contentEditable = 'false'
      caption.append(text, credit)
      dom.append(img, caption)

      const render = (current: PmNode) => {
        const { src, alt, credit: by } = current.attrs as Record<string, string>
        if (isMediaSrc(src) && img.getAttribute('src') !== src) img.setAttribute('src', src)
        img.alt = alt ?? ''
        credit.textContent = by ?? ''
        credit.hidden = !by
        const empty = current.content.size === 0
        dom.classList.toggle('empty-caption', empty)
        // A caption takes the direction of its own text; an empty one, the article's (so the
        // hint sits where typing will start).
        if (empty) text.removeAttribute('dir')
        else text.dir = 'auto'
        text.dataset.placeholder = placeholder()
      }
      render(node)

      return {
        dom,
        contentDOM: text,
        update: (next: PmNode) => {
          if (next.type !== node.type) return false
          render(next)
          return true
        },
        // Only the caption's text is ProseMirror's business; the image and credit are ours.
        ignoreMutation: (mutation: { type: string; target: Node }) =>
          mutation.type !== 'selection' && !text.contains(mutation.target),
      }
    }
  },
})
