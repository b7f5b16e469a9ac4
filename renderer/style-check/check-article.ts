import type { DocNode } from '../../shared/articles/doc-schema'
import { checkStyle } from '../../shared/style/check-style'
import { type ExcerptParts, excerptParts } from '../../shared/style/excerpt'
import type { Finding } from '../../shared/style/finding'
import type { HouseStyle } from '../../shared/style/house-style'
import { bodyBlocks, stringBlock, type TextBlock } from '../../shared/style/text-blocks'
import type { EditorHandle } from '../editor/editor-handle'

/** A finding with its excerpt split around the match, so the panel can mark the flagged part. */
export interface ShownFinding extends Finding {
  parts: ExcerptParts
}

/** The excerpt of `finding` in parts, from the block it is in (its plain excerpt if none is). */
function partsOf(finding: Finding, blocks: readonly TextBlock[]): ExcerptParts {
  const block = blocks.find(
    (b) =>
      b.field === finding.field && b.start <= finding.from && finding.to <= b.start + b.text.length,
  )
  if (!block) return { before: '', match: finding.excerpt, after: '' }
  return excerptParts(block.text, finding.from - block.start, finding.to - block.start)
}

/**
 * Every finding of the article as it is in the editor now, unsaved edits included, ignored ones
 * too (the panel lists those apart, so they can be un-ignored). Reads the editor directly rather
 * than the saved article, so the positions are those of the editor's current document.
 */
export function checkArticle(handle: EditorHandle, style: HouseStyle): ShownFinding[] {
  const { title, standfirst } = handle.fields()
  const body = handle.editor.getJSON() as DocNode
  const findings = checkStyle({ title, standfirst, body }, style)
  const blocks = [
    stringBlock('title', title),
    stringBlock('standfirst', standfirst),
    ...bodyBlocks(body),
  ]
  return findings.map((finding) => ({ ...finding, parts: partsOf(finding, blocks) }))
}
