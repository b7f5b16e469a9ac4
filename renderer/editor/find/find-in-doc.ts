import type { Node as PmNode } from '@tiptap/pm/model'
import { type FindOptions, findMatches, type TextMatch } from './find-matches'

/** A match in the document: [from, to) in ProseMirror positions, inside one text block. */
export interface DocMatch {
  from: number
  to: number
}

/**
 * Stands for an inline node that is not text (a line break): it takes its one position and
 * matches no query, so a match never runs across a line break.
 */
const OBJECT = '\uFFFC'

/**
 * The text of a text block, one character per position: inline text nodes are joined whatever
 * their marks, so a match may run from plain into bold text or a link.
 */
function blockText(block: PmNode): string {
  let text = ''
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : OBJECT.repeat(child.nodeSize)
  })
  return text
}

/**
 * Every match of `query` in the document's text blocks (paragraphs, headings, list items' and
 * quotes' paragraphs, figure captions), in document order. A match stays inside its block: the
 * end of a paragraph is not a space.
 */
export function findInDoc(doc: PmNode, query: string, options: FindOptions): DocMatch[] {
  const matches: DocMatch[] = []
  if (!query) return matches
  const search = `${options.ignoreVariants}${options.matchCase}${options.wholeWords}\u0000${query}`
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const start = pos + 1
    for (const m of blockMatches(node, search, query, options)) {
      matches.push({ from: start + m.from, to: start + m.to })
    }
    return false
  })
  return matches
}

/**
 * The matches inside each block, kept for the block node: ProseMirror nodes are immutable and an
 * edit replaces only the blocks it touches, so typing with the bar open searches one block again,
 * not the whole article.
 */
const byBlock = new WeakMap<PmNode, { search: string; matches: TextMatch[] }>()

function blockMatches(block: PmNode, search: string, query: string, options: FindOptions) {
  const known = byBlock.get(block)
  if (known?.search === search) return known.matches
  const matches = findMatches(blockText(block), query, options)
  byBlock.set(block, { search, matches })
  return matches
}

/** The index of the first match at or after `pos`, wrapping to the first; -1 when none. */
export function matchAtOrAfter(matches: DocMatch[], pos: number): number {
  if (matches.length === 0) return -1
  const index = matches.findIndex((m) => m.from >= pos)
  return index === -1 ? 0 : index
}
