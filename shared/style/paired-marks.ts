import { isDigit, isSpace } from './characters'

/** Which pair a bracket or quotation mark belongs to. */
export type MarkFamily = 'paren' | 'square' | 'guillemet' | 'curly' | 'straight'

const FAMILIES: Record<string, MarkFamily> = {
  '(': 'paren',
  ')': 'paren',
  '[': 'square',
  ']': 'square',
  '«': 'guillemet',
  '»': 'guillemet',
  '“': 'curly',
  '”': 'curly',
  '„': 'curly',
  '"': 'straight',
}
const OPENERS = new Set(['(', '[', '«'])
const CLOSERS = new Set([')', ']', '»'])

/** The quotation-mark families: the brackets are not quotation marks. */
export const QUOTE_FAMILIES: ReadonlySet<MarkFamily> = new Set(['guillemet', 'curly', 'straight'])

/** A bracket or quotation mark in a block, whether it opens or closes, and its partner. */
export interface PairedMark {
  index: number
  char: string
  family: MarkFamily
  role: 'open' | 'close'
  /** The offset of the mark it pairs with, or null when it has none (unbalanced). */
  partner: number | null
}

/** Where a quote may open: the start, after a space, an opening bracket or another quote. */
const opensAfter = (char: string | undefined) =>
  char === undefined || char === '\n' || isSpace(char) || /[([{«“„"]/.test(char)
/** Where a quote may close: the end, before a space, punctuation or a closing bracket. */
const closesBefore = (char: string | undefined) =>
  char === undefined || char === '\n' || isSpace(char) || /[.,،؛;:!?؟…)\]}»”"'-]/.test(char)

/**
 * The brackets and quotation marks of one block of text, each paired with its partner where it has
 * one. «, ( and [ always open; », ) and ] always close. Curly and straight marks are told apart by
 * where they stand (after a space and before a word: opening; after a word and before a space or
 * punctuation: closing), else by whether one of theirs is open: Arabic writers type “ and ” either
 * way round, since in right-to-left text either can look right. Not counted: marks in `skip`
 * (addresses, code), a straight " right after a digit with none open (inches: 15"), a ")" that
 * numbers a list item at the start of a line ("1)", "أ)"), and the brackets of ":)" and ":(".
 */
export function pairedMarks(text: string, skip: (index: number) => boolean): PairedMark[] {
  const marks: PairedMark[] = []
  const open: PairedMark[] = []
  const hasOpen = (family: MarkFamily) => open.some((mark) => mark.family === family)
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    const family = FAMILIES[char]
    if (!family || skip(i)) continue
    const before = text[i - 1]
    if ((char === '(' || char === ')') && before === ':') continue
    if (
      char === ')' &&
      /^\s*[\p{L}\p{N}]{1,2}$/u.test(text.slice(text.lastIndexOf('\n', i) + 1, i))
    )
      continue
    if (char === '"' && isDigit(before) && !hasOpen('straight')) continue
    let role: 'open' | 'close'
    if (OPENERS.has(char)) role = 'open'
    else if (CLOSERS.has(char)) role = 'close'
    else {
      const canOpen = opensAfter(before) && !closesBefore(text[i + 1])
      const canClose = !opensAfter(before) && closesBefore(text[i + 1])
      role = canOpen ? 'open' : canClose ? 'close' : hasOpen(family) ? 'close' : 'open'
    }
    const mark: PairedMark = { index: i, char, family, role, partner: null }
    marks.push(mark)
    if (role === 'open') {
      open.push(mark)
      continue
    }
    const at = open.findLastIndex((candidate) => candidate.family === family)
    if (at < 0) continue
    const opener = open[at] as PairedMark
    opener.partner = i
    mark.partner = opener.index
    open.splice(at)
  }
  return marks
}
