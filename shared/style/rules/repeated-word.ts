import { normalizeForSearch } from '../../arabic/normalize'
import { isDigit } from '../characters'
import type { RawFinding } from '../finding'
import type { BlockContext } from './block-rule'

/** A word: letters, digits, harakat and tatweel. */
const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu

/**
 * Repetitions that are correct, folded as search folds them: Arabic reduplication ("رويدا
 * رويدا", "خطوة خطوة", "لا لا") and the English "had had", "that that".
 */
const ALLOWED = new Set(
  [
    'رويدا',
    'شيئا',
    'خطوة',
    'حرفا',
    'كلمة',
    'واحدا',
    'قليلا',
    'بين',
    'لا',
    'نعم',
    'جدا',
    'had',
    'that',
  ].map(normalizeForSearch),
)

/**
 * A word written twice in a row ("في في"), compared the way search compares words (harakat,
 * tatweel, alef and hamza forms, ta marbuta folded: "إلى الى" is a repetition). Only words
 * separated by spaces count (punctuation or a line break between them is deliberate), numbers
 * never do, and known correct repetitions are allowed. The range is the space and the second
 * word; the fix removes them, keeping the first word as written.
 */
export function repeatedWord({ block, isProtected }: BlockContext): RawFinding[] {
  const { text } = block
  const findings: RawFinding[] = []
  let previous: { end: number; key: string } | null = null
  for (const match of text.matchAll(WORD)) {
    const from = match.index
    const to = from + match[0].length
    const key = normalizeForSearch(match[0])
    const gap = previous ? text.slice(previous.end, from) : ''
    if (
      previous &&
      key !== '' &&
      key === previous.key &&
      /^[^\S\n]+$/.test(gap) &&
      !isDigit(match[0][0]) &&
      !ALLOWED.has(key) &&
      !isProtected(from)
    )
      findings.push({ rule: 'repeated-word', from: previous.end, to, fix: { insert: '' } })
    previous = { end: to, key }
  }
  return findings
}
