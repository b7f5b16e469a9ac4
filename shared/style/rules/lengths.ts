import { countWords } from '../../arabic/word-count'
import type { RawFinding } from '../finding'
import type { BlockContext } from './block-rule'

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Characters as a reader counts them: a letter with its harakat is one. */
export const visibleLength = (text: string): number => [...graphemes.segment(text)].length

/**
 * A body paragraph (in a list or a quote too) of more words than the house style allows, counted
 * the Arabic way (`countWords`). Headings, captions and the standfirst have their own norms and
 * are not measured. The range is the whole paragraph; where to split it is the writer's call, so
 * there is no fix. The finding is identified by the paragraph's first words, so ignoring it
 * survives edits further into the paragraph.
 */
export function longParagraph({ block, style }: BlockContext): RawFinding[] {
  if (block.kind !== 'paragraph' || countWords(block.text) <= style.maxParagraphWords) return []
  const key = block.text.trim().split(/\s+/).slice(0, 6).join(' ')
  return [{ rule: 'long-paragraph', from: 0, to: block.text.length, fix: null, key }]
}

/**
 * A headline longer than the house style allows, in characters as a reader counts them. The range
 * is the headline without its surrounding spaces; there is no fix. It is identified by the rule
 * alone, so ignoring it survives rewording the headline.
 */
export function longHeadline({ block, style }: BlockContext): RawFinding[] {
  if (block.kind !== 'title') return []
  const text = block.text.trim()
  if (visibleLength(text) <= style.maxHeadlineChars) return []
  const from = block.text.indexOf(text)
  return [{ rule: 'long-headline', from, to: from + text.length, fix: null, key: '' }]
}
