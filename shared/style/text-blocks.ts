import type { DocNode } from '../articles/doc-schema'
import type { StyleField } from './finding'

/** What kind of text a block is: some rules apply to some kinds only. */
export type BlockKind = 'title' | 'standfirst' | 'paragraph' | 'heading' | 'caption' | 'other'

/**
 * A run of inline text the rules read: the title, the standfirst, or one textblock of the body
 * (a paragraph, heading or figure caption, wherever it is nested). Offset `i` of `text` is at
 * position `start + i` of its field: inline leaves (hard breaks) stand in `text` as one
 * character each, exactly the one position they take in the document.
 */
export interface TextBlock {
  field: StyleField
  kind: BlockKind
  text: string
  /** The position of offset 0: 0 for a string field, the block's content start in the body. */
  start: number
  /** Offset ranges `[from, to)` of text marked as code, which the typography rules leave alone. */
  code: [number, number][]
}

/** Inline leaves of the article schema (and a few common ones): one position, no content. */
const LEAF_TYPES = new Set(['hardBreak', 'image', 'horizontalRule', 'mention', 'emoji'])

/** How a hard break reads in a block's text; other inline leaves read as U+FFFC. */
export const HARD_BREAK = '\n'
const OBJECT = '\uFFFC'

const KINDS: Record<string, BlockKind> = {
  paragraph: 'paragraph',
  heading: 'heading',
  figure: 'caption',
}

/** The size a node takes in a ProseMirror document: text length, 1 for a leaf, else 2 + content. */
export function nodeSize(node: DocNode): number {
  if (node.type === 'text') return node.text?.length ?? 0
  if (LEAF_TYPES.has(node.type)) return 1
  let size = 2
  for (const child of node.content ?? []) size += nodeSize(child)
  return size
}

const isInline = (node: DocNode) => node.type === 'text' || LEAF_TYPES.has(node.type)

/** The block a textblock node's inline content makes, its content starting at `start`. */
function inlineBlock(node: DocNode, start: number): TextBlock {
  const block: TextBlock = {
    field: 'body',
    kind: KINDS[node.type] ?? 'other',
    text: '',
    start,
    code: [],
  }
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      const text = child.text ?? ''
      if (child.marks?.some((mark) => mark.type === 'code'))
        block.code.push([block.text.length, block.text.length + text.length])
      block.text += text
    } else if (child.type === 'hardBreak') block.text += HARD_BREAK
    else block.text += OBJECT.repeat(nodeSize(child))
  }
  return block
}

/**
 * The textblocks of a body document, in document order, each with the position of its content,
 * computed the way ProseMirror numbers a document: the doc's content starts at 0, entering a
 * non-leaf node adds 1, text adds its length, a leaf adds 1. A node with any text or inline leaf
 * as a child is a textblock (so an empty paragraph is skipped: it has nothing to check).
 */
export function bodyBlocks(doc: DocNode): TextBlock[] {
  const blocks: TextBlock[] = []
  const walk = (node: DocNode, contentStart: number): void => {
    const children = node.content ?? []
    if (children.some(isInline)) {
      blocks.push(inlineBlock(node, contentStart))
      return
    }
    let pos = contentStart
    for (const child of children) {
      if (!LEAF_TYPES.has(child.type) && child.type !== 'text') walk(child, pos + 1)
      pos += nodeSize(child)
    }
  }
  walk(doc, 0)
  return blocks
}

/** The title or standfirst as one block, offsets being string offsets. */
export function stringBlock(field: 'title' | 'standfirst', text: string): TextBlock {
  return { field, kind: field, text, start: 0, code: [] }
}
