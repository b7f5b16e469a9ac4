import type { TextBlock } from './text-blocks'

/**
 * Character classes the rules share. Arabic letters are listed by range (the Arabic blocks'
 * letters, not their digits, punctuation or marks) so a rule can tell an Arabic word from a Latin
 * one, a number or a mark.
 */
const ARABIC_LETTER =
  /[\u0621-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/
/** Combining marks and tatweel: part of the word they sit in, never a word of their own. */
const WORD_MARK = /[\p{M}\u0640]/u
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/

/** True for a letter of the Arabic script (not an Arabic digit, mark or punctuation). */
export const isArabicLetter = (char: string | undefined): boolean =>
  char !== undefined && ARABIC_LETTER.test(char)
/** True for a Latin letter, accented ones included. */
export const isLatinLetter = (char: string | undefined): boolean =>
  char !== undefined && LATIN_LETTER.test(char)
/** True for a Western, Arabic-Indic or Extended Arabic-Indic digit. */
export const isDigit = (char: string | undefined): boolean => char !== undefined && DIGIT.test(char)
/** True for a combining mark (a haraka) or tatweel. */
export const isWordMark = (char: string | undefined): boolean =>
  char !== undefined && WORD_MARK.test(char)
/** True for a letter of any script. */
export const isLetter = (char: string | undefined): boolean =>
  char !== undefined && /\p{L}/u.test(char)
/** True for white space of a line (not the hard break, which ends a line). */
export const isSpace = (char: string | undefined): boolean =>
  char !== undefined && /[^\S\n]/.test(char)

/** Which script the nearest letter is in, looking from an offset; null when there is none. */
export type Script = 'arabic' | 'latin' | 'other' | null

const scriptOf = (char: string): Script =>
  isArabicLetter(char) ? 'arabic' : isLatinLetter(char) ? 'latin' : 'other'

/**
 * The script of the nearest letter before `index` (`direction` -1) or from `index` on (+1) in
 * the same line, skipping anything that is not a letter (spaces, digits, punctuation, marks).
 */
export function nearestScript(text: string, index: number, direction: -1 | 1): Script {
  for (let i = direction < 0 ? index - 1 : index; i >= 0 && i < text.length; i += direction) {
    const char = text[i] as string
    if (char === '\n') return null
    if (isLetter(char)) return scriptOf(char)
  }
  return null
}

/** URLs (with a scheme or www.), bare domains (news.example.com/path) and e-mail addresses. */
const ADDRESS =
  /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"'«»“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:\/[^\s<>"'«»“”()[\]]*)?/giu

/** An address without the sentence punctuation and the closing bracket that follow it. */
function trimAddress(raw: string): string {
  let address = raw
  for (;;) {
    const trimmed = address.replace(/[.,،؛;:!?؟]+$/u, '')
    const opens = trimmed.split('(').length
    address =
      trimmed.endsWith(')') && opens < trimmed.split(')').length ? trimmed.slice(0, -1) : trimmed
    if (address === trimmed) return address
  }
}

/**
 * The offset ranges of a block that the typography rules leave alone: web and e-mail addresses
 * (their dots, commas, digits and colons belong to them) and code-marked text. An address's
 * trailing sentence punctuation ("انظر example.com.") and a closing bracket it did not open
 * ("(example.com/a)") are not part of it; a URL's own brackets (wiki/Foo_(bar)) are.
 */
export function protectedRanges(block: TextBlock): [number, number][] {
  const ranges: [number, number][] = [...block.code]
  for (const match of block.text.matchAll(ADDRESS)) {
    ranges.push([match.index, match.index + trimAddress(match[0]).length])
  }
  return ranges
}

/** A test for "is this offset inside one of the ranges". */
export function insideAny(ranges: [number, number][]): (index: number) => boolean {
  return (index) => ranges.some(([from, to]) => index >= from && index < to)
}
