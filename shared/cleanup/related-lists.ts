import { type BlockInfo, describeBlock, wordsOf } from './block-info'
import { PHRASES } from './boilerplate-phrases'
import { isFragmentLike } from './fragments'
import { inTail, neighbour, type StoryBounds, type Verdicts } from './layout'
import { matchPhrases } from './phrase-match'

/** How many entries a "read also" list is followed for: widgets show three to six. */
const MAX_LIST_ENTRIES = 8
/** The longest line taken as one linked headline. */
const MAX_LINK_LINE_WORDS = 25

const isList = (block: BlockInfo): boolean =>
  block.node.type === 'bulletList' || block.node.type === 'orderedList'

/** A line that is mostly one link and not running text: a linked headline. */
const isLinkLine = (block: BlockInfo): boolean =>
  block.isText &&
  block.linkShare >= 0.5 &&
  !block.prose &&
  block.words.length <= MAX_LINK_LINE_WORDS

/**
 * A line that belongs to another widget ("اترك تعليقاً", "تعليق واحد"): it ends a related list
 * rather than joining it, so it is judged (and named) for what it is.
 */
function isOtherFurniture(block: BlockInfo): boolean {
  if (isFragmentLike(block.words)) return true
  return (['comment-form', 'share', 'theme-control'] as const).some((reason) => {
    const match = matchPhrases(block.words, PHRASES[reason])
    return match.coverage >= 0.75 || match.strongOpening
  })
}

/** What separates a "read also" label from the headline after it: "اقرأ أيضاً: …", "… | …". */
const LABEL_SEPARATOR = /[:：|–—\-.…»]/

/**
 * True when the phrase opening the line is set off as a label: followed by a separator, or by a
 * link taking most of the line. "اقرأ أيضاً: البنك المركزي يثبت…" is a label; "آخر الأخبار
 * تشير إلى انفراج" is a sentence that happens to open with a related phrase.
 */
function setsOff(block: BlockInfo, openingLength: number): boolean {
  if (block.linkShare >= 0.4) return true
  const at = block.text.search(LABEL_SEPARATOR)
  return at > 0 && wordsOf(block.text.slice(0, at)).length === openingLength
}

/** The items of a list, measured like blocks. */
const itemsOf = (block: BlockInfo): BlockInfo[] =>
  (block.node.content ?? []).map((item, i) => describeBlock(item, i))

/**
 * A block that can be an entry under a "read also" heading: a linked line; a paragraph that
 * reads like a headline (pasted text keeps no links); or a list whose every item is one of
 * those. Headings only count when linked: an unlinked heading is the story's next section.
 */
function isListEntry(block: BlockInfo): boolean {
  if (isOtherFurniture(block)) return false
  if (isLinkLine(block)) return true
  if (block.node.type === 'paragraph') return block.headlineLike
  if (isList(block)) return itemsOf(block).every((item) => isLinkLine(item) || item.headlineLike)
  return false
}

/** Takes the entries that follow a "read also" heading, up to the first block that is not one. */
function followList(blocks: BlockInfo[], heading: BlockInfo, verdicts: Verdicts): void {
  let entries = 0
  let next = neighbour(blocks, heading.index, 1)
  while (next && entries < MAX_LIST_ENTRIES) {
    if (verdicts[next.index] !== 'repeated-title') {
      if (verdicts[next.index] || !isListEntry(next)) return
      verdicts[next.index] = 'related'
    }
    entries++
    next = neighbour(blocks, next.index, 1)
  }
}

/**
 * Marks related-article furniture as 'related':
 * 1. a heading line such as "اقرأ أيضاً" or "مواضيع ذات صلة" (its words ≥ 75 % related
 *    vocabulary), and the list entries that follow it (see {@link isListEntry});
 * 2. an inline "اقرأ أيضاً: <headline>" line — a related phrase opens it as a label (see
 *    {@link setsOff}) and it is not prose;
 * 3. after the story, a run of two or more linked headlines (or a list of them) with no heading:
 *    a paragraph that is mostly a link, in a row of such paragraphs, is a related-posts widget.
 */
export function markRelated(
  blocks: BlockInfo[],
  verdicts: Verdicts,
  bounds: StoryBounds | null,
): void {
  for (const block of blocks) {
    if (!block.isText || verdicts[block.index] || block.words.length === 0) continue
    const match = matchPhrases(block.words, PHRASES.related)
    if (match.strong && match.coverage >= 0.75) {
      verdicts[block.index] = 'related'
      followList(blocks, block, verdicts)
    } else if (match.openingLength >= 2 && !block.prose && setsOff(block, match.openingLength)) {
      verdicts[block.index] = 'related'
    }
  }
  let run: BlockInfo[] = []
  const closeRun = () => {
    const lines = run.reduce((sum, block) => sum + (isList(block) ? itemsOf(block).length : 1), 0)
    if (lines >= 2) for (const block of run) verdicts[block.index] = 'related'
    run = []
  }
  for (const block of blocks) {
    if (block.blank || block.punctuationOnly) continue
    const linkedList = isList(block) && itemsOf(block).every(isLinkLine)
    if (
      inTail(bounds, block.index) &&
      !verdicts[block.index] &&
      (isLinkLine(block) || linkedList)
    ) {
      run.push(block)
    } else {
      closeRun()
    }
  }
  closeRun()
}
