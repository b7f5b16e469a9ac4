import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import type { Node as PmNode } from '@tiptap/pm/model'
import { applyFix, type FixableFinding } from '../../shared/style/apply-fix'
import type { EditorHandle, TextField } from '../editor/editor-handle'
import { replaceRange } from '../editor/find/replace-range'

/** Reads inline leaves as the checker does: a hard break as "\n", any other as U+FFFC. */
const leafText = (leaf: PmNode) => (leaf.type.name === 'hardBreak' ? '\n' : '\uFFFC')

/** Whether `doc` still holds the finding's text at its range (it was computed for this text). */
function holds(doc: PmNode, finding: FixableFinding): boolean {
  if (finding.from < 0 || finding.to > doc.content.size || finding.from > finding.to) return false
  return doc.textBetween(finding.from, finding.to, '\n', leafText) === finding.text
}

/**
 * Applies fixes to the body in ONE transaction, so a "Fix all" is one undo step (Ctrl+Z brings
 * back every one of them), from the end of the document to its start so that earlier positions
 * stay valid. Each replacement keeps the marks of its range's first character (a fixed word in
 * bold stays bold), as find and replace does. Returns how many were applied.
 */
function fixBody(handle: EditorHandle, fixes: readonly FixableFinding[]): number {
  const { editor } = handle
  if (fixes.length === 0 || !editor.isEditable) return 0
  const tr = editor.state.tr
  // A fix is its own step in the history, never merged with the typing before it.
  closeHistory(tr)
  let applied = 0
  for (const finding of [...fixes].sort((a, b) => b.from - a.from || b.to - a.to)) {
    if (!holds(tr.doc, finding)) continue
    replaceRange(tr, finding.from, finding.to, finding.fix.insert)
    applied++
  }
  if (tr.docChanged) editor.view.dispatch(tr)
  return applied
}

/** Applies fixes to the title or standfirst string, then sets the field once. */
function fixField(
  handle: EditorHandle,
  field: TextField,
  fixes: readonly FixableFinding[],
): number {
  if (fixes.length === 0) return 0
  const before = handle.fields()[field]
  let text = before
  let applied = 0
  for (const finding of [...fixes].sort((a, b) => b.from - a.from || b.to - a.to)) {
    const next = applyFix(text, finding)
    if (next !== text) applied++
    text = next
  }
  if (text !== before) handle.setField(field, text)
  return applied
}

/**
 * Applies the fixes of findings (one for "Fix", a rule's for "Fix all"), each field changed once.
 * A finding whose range no longer holds its text is skipped, so a fix is never applied to text it
 * was not computed for. The findings must not overlap (`fixAll` leaves overlaps out). Returns how
 * many were applied.
 */
export function applyFindings(handle: EditorHandle, fixes: readonly FixableFinding[]): number {
  return (
    fixBody(
      handle,
      fixes.filter((f) => f.field === 'body'),
    ) +
    fixField(
      handle,
      'title',
      fixes.filter((f) => f.field === 'title'),
    ) +
    fixField(
      handle,
      'standfirst',
      fixes.filter((f) => f.field === 'standfirst'),
    )
  )
}

/**
 * Selects the body range [from, to) in the page itself, for a read-only editor: ProseMirror
 * neither takes the focus nor draws its selection when the text cannot be edited, yet the reader
 * should still see (and may copy) what a finding points at.
 */
function selectInPage(editor: Editor, from: number, to: number): void {
  const start = editor.view.domAtPos(from)
  const end = editor.view.domAtPos(to)
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
  const element = start.node instanceof Element ? start.node : start.node.parentElement
  element?.scrollIntoView({ block: 'center' })
}

/**
 * Selects a finding's exact range where it is: the body through the editor (scrolled to it), the
 * title or standfirst through their text areas.
 */
export function selectFinding(
  handle: EditorHandle,
  finding: { field: 'title' | 'standfirst' | 'body'; from: number; to: number },
): void {
  if (finding.field !== 'body') {
    handle.selectField(finding.field, finding.from, finding.to)
    return
  }
  const { editor } = handle
  const size = editor.state.doc.content.size
  const from = Math.min(finding.from, size)
  const to = Math.min(finding.to, size)
  if (editor.isEditable)
    editor.chain().focus().setTextSelection({ from, to }).scrollIntoView().run()
  else selectInPage(editor, from, to)
}
