import { toArabicIndicDigits, toWesternDigits } from '../../arabic/characters'
import { isLatinLetter } from '../characters'
import type { RawFinding } from '../finding'
import type { BlockContext } from './block-rule'

/** A number: digits of any kind with the separators inside it (1,000 3.5 10:30 2024/05/12). */
const NUMBER =
  /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,:/\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*/g

/** The nearest character from `index` in `direction` that is not a space or a hyphen. */
function neighbour(text: string, index: number, direction: -1 | 1): string | undefined {
  let i = index
  while (i >= 0 && i < text.length && /[^\S\n]|[-\u2010-\u2013]/.test(text[i] as string))
    i += direction
  return text[i]
}

/**
 * True when Western digits belong to Latin text: the word right before or right after them (past
 * spaces and hyphens) is Latin ("iPhone 15", "737 MAX", "COVID-19", "A320", "500 MB", an English
 * sentence). Product names, units and English text keep their digits; a number between Arabic
 * words does not ("كوفيد-19", "عام 2024").
 */
const inLatinRun = (text: string, from: number, to: number): boolean =>
  isLatinLetter(neighbour(text, from - 1, -1)) || isLatinLetter(neighbour(text, to, 1))

/**
 * Numbers written in digits that are not the house style's: Western 0–9 under an Arabic-Indic
 * style (٠–٩), or Arabic-Indic under a Western one; Extended Arabic-Indic (Persian ۰–۹) under
 * either. One finding per number; the fix converts its digits and keeps its separators as written.
 * Left alone: addresses and code (`protectedRanges`), and, under an Arabic-Indic style, Western
 * digits in Latin text (see `inLatinRun`).
 */
export function digits({ block, style, isProtected }: BlockContext): RawFinding[] {
  const { text } = block
  const findings: RawFinding[] = []
  for (const match of text.matchAll(NUMBER)) {
    const from = match.index
    const to = from + match[0].length
    if (isProtected(from)) continue
    const number = match[0]
    const insert =
      style.digits === 'arabic'
        ? toArabicIndicDigits(toWesternDigits(number))
        : toWesternDigits(number)
    if (insert === number) continue
    if (style.digits === 'arabic' && !/[\u06F0-\u06F9]/.test(number) && inLatinRun(text, from, to))
      continue
    findings.push({ rule: 'digits', from, to, fix: { insert } })
  }
  return findings
}
