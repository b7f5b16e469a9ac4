import type { BlockInfo } from './block-info'

/** How many words a repeat may add to the title: a date, a category, "منذ ساعتين". */
const MAX_EXTRA_WORDS = 3
/** Share of the title's words a near repeat must contain. */
const MIN_TITLE_SHARE = 0.8

/** How many words the two lists have in common, counting repeats (a multiset intersection). */
function commonWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let common = 0
  for (const word of b) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      common++
      counts.set(word, left - 1)
    }
  }
  return common
}

/**
 * True when the block is the article's own headline again, as related-post widgets, breadcrumbs
 * and "print" views repeat it: it holds at least 80 % of the title's (folded) words and at most
 * three words besides (or a fifth of the title's length, for long titles). A sentence that uses
 * the headline's words inside a longer sentence has more to say and stays. Titles of one or two
 * words only match a block with exactly the same words, since short phrases recur naturally.
 */
export function repeatsTitle(block: BlockInfo, titleWords: string[]): boolean {
  if (!block.isText || titleWords.length === 0 || block.words.length === 0) return false
  const common = commonWords(titleWords, block.words)
  const extra = block.words.length - common
  if (titleWords.length <= 2) return extra === 0 && common === titleWords.length
  const allowed = Math.max(MAX_EXTRA_WORDS, Math.floor(titleWords.length / 5))
  return common >= Math.ceil(titleWords.length * MIN_TITLE_SHARE) && extra <= allowed
}
