import type { BlockInfo } from './block-info'
import { PHRASES } from './boilerplate-phrases'
import { matchPhrases } from './phrase-match'
import type { ReasonId } from './removed'

/** The reason each top-level block is removed for, or undefined while it is kept. */
export type Verdicts = (ReasonId | undefined)[]

/**
 * Where the story itself is: the first and last blocks of real prose. Site furniture clusters
 * before the story (menus, search, share row) and after it (share row, related posts, comment
 * form, back-to-top), so a candidate in those edges needs less other evidence.
 */
export interface StoryBounds {
  first: number
  last: number
}

/** A prose block that is itself furniture (the comment form's "احفظ اسمي…" sentence). */
function isFurnitureProse(block: BlockInfo): boolean {
  return Object.values(PHRASES).some((table) => {
    const match = matchPhrases(block.words, table)
    return match.strong && match.coverage >= 0.75
  })
}

/** The story's bounds, or null when the document has no prose (a few pasted lines). */
export function storyBounds(blocks: BlockInfo[], verdicts: Verdicts): StoryBounds | null {
  const story = blocks.filter(
    (block) => block.prose && !verdicts[block.index] && !isFurnitureProse(block),
  )
  const first = story[0]
  const last = story.at(-1)
  return first && last ? { first: first.index, last: last.index } : null
}

/** Before the story. */
export const inHead = (bounds: StoryBounds | null, index: number): boolean =>
  bounds !== null && index < bounds.first

/** After the story. */
export const inTail = (bounds: StoryBounds | null, index: number): boolean =>
  bounds !== null && index > bounds.last

/** For each block, the index of the nearest block with words before and after it (-1: none). */
interface NearestWords {
  before: Int32Array
  after: Int32Array
}

const nearestCache = new WeakMap<BlockInfo[], NearestWords>()

/** Computes {@link NearestWords} in two sweeps, once per document. */
function nearestWords(blocks: BlockInfo[]): NearestWords {
  const cached = nearestCache.get(blocks)
  if (cached) return cached
  const hasWords = (block: BlockInfo | undefined) =>
    block !== undefined && !block.blank && !block.punctuationOnly
  const before = new Int32Array(blocks.length)
  const after = new Int32Array(blocks.length)
  let last = -1
  for (let i = 0; i < blocks.length; i++) {
    before[i] = last
    if (hasWords(blocks[i])) last = i
  }
  last = -1
  for (let i = blocks.length - 1; i >= 0; i--) {
    after[i] = last
    if (hasWords(blocks[i])) last = i
  }
  const nearest = { before, after }
  nearestCache.set(blocks, nearest)
  return nearest
}

/**
 * The nearest block before (`step` -1) or after (`step` 1) `index` that has words: blank and
 * punctuation-only blocks in between are stepped over, since they are leftovers of the same
 * widget, not content that separates two widgets.
 */
export function neighbour(blocks: BlockInfo[], index: number, step: 1 | -1): BlockInfo | undefined {
  const { before, after } = nearestWords(blocks)
  const found = (step === 1 ? after : before)[index] ?? -1
  return found >= 0 ? blocks[found] : undefined
}
