import { Extension } from '@tiptap/core'

export type BlockDirection = 'auto' | 'ltr' | 'rtl'

export interface BlockDirectionOptions {
  /**
   * Node types whose direction follows their own text. Only text blocks: a container with
   * `dir="auto"` looks past children that carry their own `dir` and falls back to LTR, which
   * would put an Arabic list's markers and an Arabic quote's rule on the wrong side.
   * @default ['paragraph', 'heading']
   */
  types: string[]
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockDirection: {
      /** Forces the direction of the text blocks in the selection ('auto' detects it again). */
      setBlockDirection: (direction: BlockDirection) => ReturnType
    }
  }
}

/**
 * Gives each paragraph and heading the direction of its own text (`dir="auto"`, decided by its
 * first strong character), so an English quote inside an Arabic article reads left to right,
 * while lists and quotes inherit the article's direction. Used instead of TipTap's global
 * `textDirection` option, which puts `dir` on containers too.
 */
export const BlockDirection = Extension.create<BlockDirectionOptions>({
  name: 'blockDirection',

  addOptions() {
    return { types: ['paragraph', 'heading'] }
  },

  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          dir: {
            default: 'auto',
            parseHTML: (element) => {
              const dir = element.getAttribute('dir')
              return dir === 'ltr' || dir === 'rtl' ? dir : 'auto'
            },
            renderHTML: (attributes) => ({ dir: attributes.dir ?? 'auto' }),
          },
        },
      },
    ]
  },

  addCommands() {
    return {
      setBlockDirection:
        (direction) =>
        ({ tr, state, dispatch }) => {
          const { from, to } = state.selection
          let changed = false
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (!this.options.types.includes(node.type.name)) return true
            if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, dir: direction })
            changed = true
            return false
          })
          return changed
        },
    }
  },
})
