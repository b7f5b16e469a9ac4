import { INVISIBLE_FORMATTING } from '../arabic/characters'
import { normalizeForSearch } from '../arabic/normalize'
import type { DocNode } from '../articles/doc-schema'
import { docToPlainText } from '../doc/doc-text'

/** Block types whose text the clean-up judges. Anything else (figures…) is always kept. */
const TEXT_BLOCKS = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
])

/** Punctuation that ends or splits sentences, Arabic and Latin. */
const SENTENCE_MARK = /[.!?؟؛;،,]/
/** A sentence mark followed by more words: the block holds more than one clause. */
const INNER_SENTENCE_MARK = /[.!?؟؛;،,]\s+\S/
/** How a line that reads like reported speech or dialogue starts: never a headline of a list. */
const QUOTE_START = /^[«"“'‘\-–—]/

/** What the clean-up knows about one top-level block. */
export interface BlockInfo {
  index: number
  node: DocNode
  /** Plain text, blocks inside it separated by new lines. */
  text: string
  /** Words after {@link normalizeForSearch}: letters and digits only, punctuation dropped. */
  words: string[]
  /** A paragraph, heading, list or quote: something the clean-up may judge. */
  isText: boolean
  /** Only white space, invisible marks or line breaks. */
  blank: boolean
  /** Some characters, but no letter or digit: "*", "|", "•", "— — —". */
  punctuationOnly: boolean
  /** Share of its characters that are inside links (0 when it has none). */
  linkShare: number
  /** How many different link targets it holds. */
  links: number
  /** Reads as running text: ≥ 12 words with sentence punctuation, or ≥ 20 words. */
  prose: boolean
  /** ≤ 6 words and no sentence punctuation between words: a label, a button, a lone word. */
  short: boolean
  /** 2–16 words, not prose, not ending in a full stop, not opening with a quote or a dash. */
  headlineLike: boolean
}

/** Splits text into folded words: the unit every phrase, title and fragment test compares. */
export function wordsOf(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

/**
 * Counts the characters of the text nodes under `node`, those of them that carry a link mark,
 * and collects the links' targets.
 */
function linkChars(node: DocNode, targets: Set<string>): { all: number; linked: number } {
  if (node.type === 'text') {
    const length = (node.text ?? '').trim().length
    const link = node.marks?.find((mark) => mark.type === 'link')
    if (link) targets.add(String(link.attrs?.href ?? ''))
    return { all: length, linked: link ? length : 0 }
  }
  let all = 0
  let linked = 0
  for (const child of node.content ?? []) {
    const counts = linkChars(child, targets)
    all += counts.all
    linked += counts.linked
  }
  return { all, linked }
}

/** True when `node` holds something other than text and line breaks (an inline image…). */
function hasNonTextLeaf(node: DocNode): boolean {
  if (node.type === 'text' || node.type === 'hardBreak') return false
  if (!node.content || node.content.length === 0) return !TEXT_BLOCKS.has(node.type)
  return node.content.some(hasNonTextLeaf)
}

/** Measures one top-level block. */
export function describeBlock(node: DocNode, index: number): BlockInfo {
  const isText = TEXT_BLOCKS.has(node.type) && !hasNonTextLeaf(node)
  const text = isText ? docToPlainText(node).replace(/\n\s*\n/g, '\n') : ''
  const words = wordsOf(text)
  const visible = text.replace(INVISIBLE_FORMATTING, '').trim()
  const targets = new Set<string>()
  const { all, linked } = linkChars(node, targets)
  const prose = (words.length >= 12 && SENTENCE_MARK.test(text)) || words.length >= 20
  const line = text.replace(/\s+/g, ' ').trim()
  return {
    index,
    node,
    text,
    words,
    isText,
    blank: isText && visible.length === 0,
    punctuationOnly: isText && visible.length > 0 && words.length === 0,
    linkShare: all > 0 ? linked / all : 0,
    links: targets.size,
    prose,
    short: words.length <= 6 && !INNER_SENTENCE_MARK.test(line),
    headlineLike:
      words.length >= 2 &&
      words.length <= 16 &&
      !prose &&
      !/[.!…]$/.test(line) &&
      !QUOTE_START.test(line),
  }
}
