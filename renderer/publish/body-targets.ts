import type { Node as PmNode } from '@tiptap/pm/model'
import { httpUrl } from '../../shared/editor/schema-extensions'

/**
 * The text of the first link that is not a valid http(s) address in the editor's document, or
 * null: the pre-publish checklist's "links" item selects it, so the Link button edits it.
 */
export function firstBadLink(doc: PmNode): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null
  doc.descendants((node, pos) => {
    if (found !== null) return false
    const link = node.marks.find((mark) => mark.type.name === 'link')
    if (node.isText && link && httpUrl(String(link.attrs.href ?? '')) === null)
      found = { from: pos, to: pos + node.nodeSize }
    return found === null
  })
  return found
}

/** Where the first figure without alt text is, or null: the "alt" item selects it. */
export function firstImageWithoutAlt(doc: PmNode): number | null {
  let found: number | null = null
  doc.descendants((node, pos) => {
    if (found !== null) return false
    if (node.type.name === 'figure' && !String(node.attrs.alt ?? '').trim()) found = pos
    return found === null
  })
  return found
}
