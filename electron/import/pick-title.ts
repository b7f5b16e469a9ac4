import type { DocNode } from '../../shared/articles/doc-schema'
import { type BlockInfo, describeBlock } from '../../shared/cleanup/block-info'
import { cleanDoc } from '../../shared/cleanup/detect-boilerplate'

/** Blocks that can be a headline. */
const TITLE_BLOCKS = new Set(['paragraph', 'heading'])

/** True when `later`'s words end `earlier`'s: "الرئيسية » اقتصاد » <headline>" then the headline. */
function endsWith(earlier: BlockInfo, later: BlockInfo): boolean {
  const offset = earlier.words.length - later.words.length
  return offset > 0 && later.words.every((word, i) => earlier.words[offset + i] === word)
}

/**
 * Which top-level block is the headline of a source that does not mark one (plain text, a
 * DOCX or HTML without an `<h1>`), or -1. A page copied from a browser starts with the site's
 * menu ("القائمة", "بحث", breadcrumbs…), so the first line is often not the headline:
 * 1. the blocks are cleaned once without a title, and only those the clean-up keeps count;
 * 2. when the document has a story (running text), the first kept headline-like block before
 *    it is taken ("عاجل" or a lone menu word is passed over);
 * 3. a block whose words end with the next kept block's is a breadcrumb: the next one is taken.
 * The caller takes the block out of the body and cleans the rest again with the title, which
 * then also removes the skipped menu lines and the headline repeated in breadcrumbs or widgets.
 *
 * With no such block, `fallback` decides: 'first-kept' (plain text, whose first line has always
 * been the title: an article without one is worse than a long one the editor can shorten) takes
 * the first kept paragraph whatever it is; 'none' (HTML, DOCX, Markdown: a fragment without a
 * headline) takes nothing, and the body stays whole.
 */
export function headlineIndex(blocks: DocNode[], fallback: 'first-kept' | 'none'): number {
  const { removed } = cleanDoc({ type: 'doc', content: blocks })
  const gone = new Set(removed.map((entry) => entry.index))
  const kept = blocks.map(describeBlock).filter((info) => !gone.has(info.index))
  const storyAt = kept.findIndex((info) => info.prose)
  let at = kept.slice(0, Math.max(storyAt, 0)).findIndex((info) => info.headlineLike)
  if (at < 0 && fallback === 'none') return -1
  at = Math.max(at, 0)
  while (isBreadcrumb(kept[at], kept[at + 1])) at++
  const info = kept[at]
  if (!info || !TITLE_BLOCKS.has(info.node.type) || !info.isText || info.words.length === 0)
    return -1
  return info.index
}

/** True when `next` is a headline and `block` the breadcrumbs ending with it. */
function isBreadcrumb(block: BlockInfo | undefined, next: BlockInfo | undefined): boolean {
  return block !== undefined && next !== undefined && !next.prose && endsWith(block, next)
}
