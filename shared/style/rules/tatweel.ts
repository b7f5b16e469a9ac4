import { isArabicLetter } from '../characters'
import type { RawFinding } from '../finding'
import type { BlockContext } from './block-rule'

/** The nearest character that is not a haraka, from `index` in `direction`. */
function letterAt(text: string, index: number, direction: -1 | 1): string | undefined {
  let i = index
  while (i >= 0 && i < text.length && /\p{M}/u.test(text[i] as string)) i += direction
  return text[i]
}

/**
 * Tatweel (kashida) between two Arabic letters, as in "العـراق": justification by hand that breaks
 * search and looks wrong at other widths. The fix deletes it (a run of it, with any haraka between
 * the strokes kept). Tatweel that joins a one-letter
 * prefix to a number or a Latin word ("بـ٥٠", "الـBBC") is how Arabic writes that, and is kept.
 */
export function tatweel({ block, isProtected }: BlockContext): RawFinding[] {
  const findings: RawFinding[] = []
  for (const match of block.text.matchAll(/\u0640(?:\p{M}*\u0640)*/gu)) {
    const from = match.index
    const to = from + match[0].length
    if (isProtected(from)) continue
    const before = letterAt(block.text, from - 1, -1)
    const after = letterAt(block.text, to, 1)
    if (!isArabicLetter(before) || !isArabicLetter(after)) continue
    // Harakat written between two strokes stay with the word.
    findings.push({ rule: 'tatweel', from, to, fix: { insert: match[0].replace(/\u0640/g, '') } })
  }
  return findings
}
