import type { Node as PmNode } from '@tiptap/pm/model'
import { checkableWords, type FoundWord } from '../../shared/spelling/spell-words'

/** One character per inline leaf (an image, a line break), so text offsets stay document offsets. */
const LEAF = '\uFFFC'

/**
 * The checkable words of a document with their document positions, block by block (a word never
 * runs across two paragraphs). Code is left out: it is not prose.
 */
export function docWords(doc: PmNode): FoundWord[] {
  const found: FoundWord[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    if (node.type.spec.code) return false
    const text = node.textBetween(0, node.content.size, undefined, LEAF)
    for (const word of checkableWords(text)) {
      found.push({ word: word.word, from: pos + 1 + word.from, to: pos + 1 + word.to })
    }
    return false
  })
  return found
}
