import { isArabicLetter, nearestScript } from '../characters'
import type { RawFinding } from '../finding'
import type { QuoteStyle } from '../house-style'
import { type MarkFamily, type PairedMark, pairedMarks, QUOTE_FAMILIES } from '../paired-marks'
import type { BlockContext } from './block-rule'

const HOUSE_FAMILY: Record<QuoteStyle, MarkFamily> = {
  '«»': 'guillemet',
  '“”': 'curly',
  '""': 'straight',
}

/**
 * True when a pair of marks quotes Latin text inside a Latin sentence ('He said "no" today'): the
 * English typography of an English sentence is left alone. A quotation in Arabic prose stays a
 * finding even when what is quoted is English (قال "We will win" أمس → «We will win»).
 */
function inLatinSentence(text: string, mark: PairedMark): boolean {
  if (mark.partner === null) return false
  const [open, close] =
    mark.role === 'open' ? [mark.index, mark.partner] : [mark.partner, mark.index]
  if ([...text.slice(open, close)].some(isArabicLetter)) return false
  return (
    nearestScript(text, open, -1) !== 'arabic' && nearestScript(text, close + 1, 1) !== 'arabic'
  )
}

/**
 * Quotation marks that are not the house style's. Decision: every such mark is a finding, not
 * only when an article mixes styles, because the house style is an explicit choice: an article
 * quoting consistently in “…” under a «…» house style is as off-style as one that mixes them, and
 * the mixed case is covered too. The fix puts the house style's opening or closing mark (which one
 * is told by where the mark stands, see `pairedMarks`). Left alone: blocks with no Arabic at all,
 * quotes inside a Latin sentence, and a quotation inside a house-style one (the inner quote of
 * «قال "نعم" ثم غادر» is the usual way to nest).
 */
export function quotes({ block, style, isProtected }: BlockContext): RawFinding[] {
  const { text } = block
  if (![...text].some(isArabicLetter)) return []
  const house = HOUSE_FAMILY[style.quotes]
  const [opening, closing] = [...style.quotes] as [string, string]
  const marks = pairedMarks(text, isProtected)
  // Quotations inside a house-style quotation: «قال “نعم” ثم غادر» is the usual inner quote.
  const outer = marks
    .filter((mark) => mark.family === house && mark.role === 'open' && mark.partner !== null)
    .map((mark) => [mark.index, mark.partner as number] as const)
  const nested = (index: number) => outer.some(([from, to]) => index > from && index < to)
  const findings: RawFinding[] = []
  for (const mark of marks) {
    if (!QUOTE_FAMILIES.has(mark.family) || mark.family === house) continue
    if (inLatinSentence(text, mark) || nested(mark.index)) continue
    const insert = mark.role === 'open' ? opening : closing
    findings.push({ rule: 'quotes', from: mark.index, to: mark.index + 1, fix: { insert } })
  }
  return findings
}
