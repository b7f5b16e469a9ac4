import type { BlockInfo } from './block-info'
import { PHRASES } from './boilerplate-phrases'
import { isFragmentLike } from './fragments'
import { inHead, inTail, neighbour, type StoryBounds, type Verdicts } from './layout'
import { matchPhrases } from './phrase-match'
import type { ReasonId } from './removed'

/** A block is removed when its score reaches this. */
export const THRESHOLD = 1

/** The kinds the score pass decides, in the order that breaks a tie between equal evidence. */
const SCORED = ['comment-form', 'share', 'theme-control'] as const

/** What a block looks like on its own, before its surroundings are taken into account. */
interface Candidate {
  reason: ReasonId
  evidence: number
}

/** A bar of three or more links and little else: a menu, breadcrumbs or a list of sections. */
const isNavigation = (block: BlockInfo): boolean =>
  !block.prose && block.links >= 3 && block.linkShare >= 0.8

/**
 * The evidence a block's own words give (0 when none):
 * - 1.0: strong phrases make up at least half its words and furniture vocabulary ≥ 75 % of
 *   them ("اترك تعليقاً", "زر الذهاب إلى الأعلى", "فيسبوك تويتر واتساب") — removed anywhere;
 * - 0.8: ≥ 75 % furniture vocabulary with a strong phrase ("احفظ اسمي، بريدي الإلكتروني…");
 * - 0.5: ≥ 75 % with only weak words ("الاسم *", "بحث", "إغلاق"), or a two-word strong
 *   phrase opening a line that is not prose ("شارك المقال عبر الشبكات");
 * - 0.3: ≥ 75 % lexicon words alone;
 * - a navigation bar (≥ 3 links making up ≥ 80 % of a non-prose line): 0.5, 'theme-control';
 * - fragments (see `isFragmentLike`): 0.5.
 * Prose (see `BlockInfo.prose`) gets nothing below 0.8: a real sentence that merely contains a
 * phrase is never a candidate.
 */
function candidateOf(block: BlockInfo): Candidate | null {
  let best: Candidate | null = null
  for (const reason of SCORED) {
    const match = matchPhrases(block.words, PHRASES[reason])
    let evidence = 0
    if (match.coverage >= 0.75) {
      if (match.strongCoverage >= 0.5) evidence = 1
      else if (match.strong) evidence = 0.8
      else if (match.weak) evidence = 0.5
      else evidence = 0.3
    } else if (match.strongOpening) {
      evidence = 0.5
    }
    if (block.prose && evidence < 0.8) evidence = 0
    if (evidence > 0 && (!best || evidence > best.evidence)) best = { reason, evidence }
  }
  if (!best && isNavigation(block)) best = { reason: 'theme-control', evidence: 0.5 }
  if (!best && !block.prose && isFragmentLike(block.words)) {
    best = { reason: 'fragment', evidence: 0.5 }
  }
  return best
}

/**
 * Scores every block still kept and removes those reaching {@link THRESHOLD}; a removal can lift
 * its neighbours, which are then scored again. The score is the block's own evidence
 * (see {@link candidateOf}) plus:
 * - +0.2 when it is short (≤ 6 words, no sentence punctuation between them);
 * - +0.3 when it is outside the story (before its first or after its last prose block), except
 *   for a heading with weak evidence: "البحث" or "القائمة" as a sub-heading is the author's
 *   structure, so a heading needs a furniture neighbour, not just the edge;
 * - +0.3 when the nearest block with words before or after it is removed or is itself a
 *   candidate of evidence ≥ 0.5 (furniture comes in clusters);
 * - +0.2 for a share candidate that is mostly links.
 * Fragments (at most 8 words, so always counted short) are stricter: they only count the tail
 * (not the head) and only REMOVED neighbours, so a date alone between paragraphs, or under the
 * headline with nothing removed around it, stays.
 *
 * So a lone "الاسم" in the middle of the story (0.5 + 0.2) stays, while the same word among the
 * comment form's fields (0.5 + 0.2 + 0.3) goes.
 */
export function scoreBlocks(
  blocks: BlockInfo[],
  verdicts: Verdicts,
  bounds: StoryBounds | null,
): void {
  const candidates = blocks.map((block) =>
    block.isText && !verdicts[block.index] && block.words.length > 0 ? candidateOf(block) : null,
  )
  const isClusterMate = (neighbourBlock: BlockInfo | undefined, fragment: boolean): boolean => {
    if (!neighbourBlock) return false
    const verdict = verdicts[neighbourBlock.index]
    if (verdict && verdict !== 'empty') return true
    const other = candidates[neighbourBlock.index]
    return (
      !fragment &&
      other !== null &&
      other !== undefined &&
      other.reason !== 'fragment' &&
      other.evidence >= 0.5
    )
  }
  const score = (block: BlockInfo, candidate: Candidate): number => {
    const fragment = candidate.reason === 'fragment'
    const weakHeading = block.node.type === 'heading' && candidate.evidence < 0.8
    const edge = fragment
      ? inTail(bounds, block.index)
      : !weakHeading && (inHead(bounds, block.index) || inTail(bounds, block.index))
    const clustered =
      isClusterMate(neighbour(blocks, block.index, -1), fragment) ||
      isClusterMate(neighbour(blocks, block.index, 1), fragment)
    return (
      candidate.evidence +
      (block.short || fragment ? 0.2 : 0) +
      (edge ? 0.3 : 0) +
      (clustered ? 0.3 : 0) +
      (candidate.reason === 'share' && block.linkShare >= 0.5 ? 0.2 : 0)
    )
  }
  // A work list rather than repeated sweeps: a removal only changes its two neighbours' scores,
  // so each block is looked at a bounded number of times, however long a chain of crumbs is.
  const pending = blocks.filter((block) => candidates[block.index]).reverse()
  while (pending.length > 0) {
    const block = pending.pop() as BlockInfo
    const candidate = candidates[block.index]
    if (!candidate || verdicts[block.index]) continue
    if (score(block, candidate) < THRESHOLD - 1e-9) continue
    verdicts[block.index] = candidate.reason
    for (const step of [1, -1] as const) {
      const next = neighbour(blocks, block.index, step)
      if (next && candidates[next.index] && !verdicts[next.index]) pending.push(next)
    }
  }
}
