import type { Doc, DocNode } from '../articles/doc-schema'

const BLOCK_SEPARATOR = '\n'

/**
 * The plain text of a TipTap document, with blocks separated by new lines so that words in
 * adjacent paragraphs never run together.
 */
export function docToPlainText(doc: Doc | DocNode): string {
  const parts: string[] = []
  const walk = (node: DocNode): void => {
    if (node.type === 'text') {
      parts.push(node.text ?? '')
      return
    }
    if (node.type === 'hardBreak') {
      parts.push(BLOCK_SEPARATOR)
      return
    }
    for (const child of node.content ?? []) walk(child)
    parts.push(BLOCK_SEPARATOR)
  }
  walk(doc)
  return parts.join('').trim()
}
