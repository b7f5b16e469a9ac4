import type { DocNode } from '../articles/doc-schema'
import { describeBlock, wordsOf } from './block-info'
import { neighbour, storyBounds, type Verdicts } from './layout'
import { markRelated } from './related-lists'
import type { Removed } from './removed'
import { repeatsTitle } from './repeated-title'
import { scoreBlocks } from './score-blocks'

export type { ReasonId, Removed } from './removed'
export { restorePosition, restoreRemoved } from './restore-removed'

/** What {@link cleanDoc} returns: the cleaned document and every block it took out. */
export interface CleanResult {
  doc: DocNode
  removed: Removed[]
}

/**
 * Takes scraped site furniture out of an imported document, and says what it took.
 *
 * Only top-level blocks are judged, each one whole; figures and other non-text blocks are always
 * kept. The passes, in order:
 * 1. 'empty': paragraphs with nothing but white space, invisible marks or line breaks.
 * 2. 'repeated-title': a block that is the headline again (see `repeatsTitle`).
 * 3. 'related': "اقرأ أيضاً"-type headings and the entries under them, inline
 *    "اقرأ أيضاً: …" lines, and runs of linked headlines after the story (see `markRelated`).
 * 4. 'comment-form', 'share', 'theme-control', 'fragment': scored on known vocabulary (matched
 *    after Arabic normalization), shortness, position outside the story, neighbouring furniture
 *    and link density (see `scoreBlocks`). Prose is never a candidate unless ≥ 75 % of its words
 *    are furniture vocabulary.
 * 5. Punctuation-only blocks ("*", "|", "•"): 'fragment' next to removed furniture, else 'empty'.
 *
 * Nothing goes silently: every block missing from `doc` is in `removed`, in document order, with
 * its original index, so {@link restoreRemoved} can put any of it back. When every block is
 * removed, `doc.content` is empty; a caller that needs an editable document adds an empty
 * paragraph itself. The input is not changed; kept and removed nodes are the input's own objects.
 */
export function cleanDoc(doc: DocNode, options: { title?: string } = {}): CleanResult {
  const blocks = (doc.content ?? []).map(describeBlock)
  const verdicts: Verdicts = blocks.map((block) => (block.blank ? 'empty' : undefined))
  const titleWords = wordsOf(options.title ?? '')
  for (const block of blocks) {
    if (!verdicts[block.index] && repeatsTitle(block, titleWords)) {
      verdicts[block.index] = 'repeated-title'
    }
  }
  const bounds = storyBounds(blocks, verdicts)
  markRelated(blocks, verdicts, bounds)
  scoreBlocks(blocks, verdicts, bounds)
  for (const block of blocks) {
    if (!block.punctuationOnly || verdicts[block.index]) continue
    const near = [neighbour(blocks, block.index, -1), neighbour(blocks, block.index, 1)].some(
      (other) => other !== undefined && verdicts[other.index] !== undefined,
    )
    verdicts[block.index] = near ? 'fragment' : 'empty'
  }
  const removed: Removed[] = []
  const kept: DocNode[] = []
  for (const block of blocks) {
    const reason = verdicts[block.index]
    if (!reason) {
      kept.push(block.node)
      continue
    }
    removed.push({
      id: `removed-${block.index}`,
      index: block.index,
      node: block.node,
      text: block.text,
      reason,
    })
  }
  return { doc: { ...doc, content: kept }, removed }
}
