import { Extension } from '@tiptap/core'
import { Fragment, type Node as PmNode, Slice } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import type { DocNode } from '../../../shared/articles/doc-schema'
import { cleanDoc } from '../../../shared/cleanup/detect-boilerplate'
import type { Removed } from '../../../shared/cleanup/removed'

export interface CleanPasteOptions {
  /**
   * The article's headline now, for the repeated-title check.
   * @default () => ''
   */
  title: () => string
  /**
   * Called after a paste the clean-up took blocks out of, with what it removed and where the
   * paste went in.
   * @default () => undefined
   */
  onCleaned: (removed: Removed[], from: number) => void
}

/** Where one kept block of a cleaned paste ended up in the document, right after the paste. */
export interface PastedRange {
  from: number
  to: number
}

/** The kept blocks' places of each cleaned paste, by its `removed` list (see {@link pastedRanges}). */
const rangesOf = new WeakMap<Removed[], PastedRange[]>()

/**
 * Where the blocks a cleaned paste kept are in the document just after it, in order, for the
 * removal notice to put removed blocks back between them. Empty when the paste kept nothing, or
 * when the editor fitted the paste into the document in a way that does not keep one block per
 * pasted block (the notice then puts restored blocks at the paste's start).
 */
export const pastedRanges = (removed: Removed[]): PastedRange[] => rangesOf.get(removed) ?? []

/**
 * The pasted blocks that `tr` (the paste, already applied to `tr.doc`) holds: the siblings
 * between the mapped start and end of the replaced selection, if there are `count` of them.
 */
function rangesAfter(tr: Transaction, from: number, to: number, count: number): PastedRange[] {
  if (count === 0) return []
  const $a = tr.doc.resolve(tr.mapping.map(from, -1))
  const $b = tr.doc.resolve(tr.mapping.map(to, 1))
  const depth = $a.sharedDepth($b.pos)
  const parent = $a.node(depth)
  // A position inside a block counts that block; one between blocks, the block after it.
  const first = $a.index(depth)
  const last = $b.depth > depth ? $b.index(depth) : $b.index(depth) - 1
  if (last - first + 1 !== count) return []
  const ranges: PastedRange[] = []
  let at = $a.depth > depth ? $a.before(depth + 1) : $a.pos
  for (let i = first; i < first + count; i++) {
    const size = parent.child(i).nodeSize
    ranges.push({ from: at, to: at + size })
    at += size
  }
  return ranges
}

/**
 * Cleans pasted copy of scraped site boilerplate (comment forms, share rows, "اقرأ أيضاً"
 * lines, the headline repeated…) with the same detector as the import (`cleanDoc`), judged
 * against the article's headline. Only a paste of several blocks (HTML, or plain text of several
 * lines) is judged; a phrase pasted inside a paragraph is left alone. The paste has already been
 * parsed through the editor's schema when this runs (scripts, styles, inline styles and `on…`
 * attributes never reach it), and the cleaned paste is inserted as ProseMirror would have
 * inserted the whole one: one undoable step. What was removed goes to `onCleaned`, never lost.
 */
export const CleanPaste = Extension.create<CleanPasteOptions>({
  name: 'cleanPaste',

  addOptions() {
    return { title: () => '', onCleaned: () => undefined }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin({
        key: new PluginKey('cleanPaste'),
        props: {
          handlePaste: (view, event, slice) => {
            const data = event.clipboardData
            const html = data?.getData('text/html') ?? ''
            const text = data?.getData('text/plain') ?? ''
            if (!view.editable || (!html && !/\S[^\S\n]*\r?\n\s*\S/.test(text))) return false
            if (slice.content.childCount < 2) return false
            const blocks = slice.content.toJSON() as DocNode[]
            const { removed } = cleanDoc(
              { type: 'doc', content: blocks },
              { title: options.title() },
            )
            if (removed.length === 0) return false
            const gone = new Set(removed.map((entry) => entry.index))
            const kept: PmNode[] = []
            slice.content.forEach((node, _offset, index) => {
              if (!gone.has(index)) kept.push(node)
            })
            const cleaned = Slice.maxOpen(Fragment.fromArray(kept))
            const { from, to } = view.state.selection
            const tr = view.state.tr.replaceSelection(cleaned)
            rangesOf.set(removed, rangesAfter(tr, from, to, cleaned.content.childCount))
            const start = tr.mapping.map(from, -1)
            view.dispatch(tr.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
            options.onCleaned(removed, start)
            return true
          },
        },
      }),
    ]
  },
})
