import type { Transaction } from '@tiptap/pm/state'

/**
 * Replaces [from, to) with `text` carrying the marks of the range's FIRST character, so a word
 * replaced inside bold stays bold and one inside a link stays linked, even when the match runs on
 * into text with other marks. (`tr.insertText` would take marks from the transaction's stored
 * marks when set, and drops a non-inclusive mark that does not continue past `to`.)
 */
export function replaceRange(tr: Transaction, from: number, to: number, text: string): void {
  if (!text) {
    tr.delete(from, to)
    return
  }
  const $from = tr.doc.resolve(from)
  const first = $from.parent.childAfter($from.parentOffset).node
  tr.replaceWith(from, to, tr.doc.type.schema.text(text, first?.marks ?? []))
}
