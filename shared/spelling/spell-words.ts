import { stripDecorations } from '../arabic/normalize'

/** The longest word the spellchecker is asked about (the contract's `SpellWord` limit). */
export const MAX_SPELL_WORD = 64

/**
 * One run of letters, combining marks (diacritics), tatweel and digits: "الحُكـومة" stays one
 * word, while spaces and punctuation (، ؛ ؟ « » . , and so on) end it.
 */
const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]/u
const DIGIT = /\p{N}/u

/** A word found in a text, with its offsets there. */
export interface FoundWord {
  word: string
  from: number
  to: number
}

/**
 * The form a word is checked and stored in: NFC, without diacritics, tatweel or invisible marks,
 * which change how a word looks but not how it is spelled ("الحُكـومة" is "الحكومة").
 */
export function normaliseSpellWord(word: string): string {
  return stripDecorations(word.normalize('NFC')).normalize('NFC')
}

/**
 * Whether the Arabic dictionary has anything to say about a word: it must hold an Arabic letter
 * (a Latin name in an Arabic paragraph is not flagged) and no digit ("2024م", "كوفيد-19").
 */
export function isCheckable(word: string): boolean {
  return ARABIC_LETTER.test(word) && !DIGIT.test(word) && word.length <= MAX_SPELL_WORD
}

/** The checkable words of a text, in order, with their offsets (the editor decorates those). */
export function checkableWords(text: string): FoundWord[] {
  const found: FoundWord[] = []
  for (const match of text.matchAll(WORD)) {
    if (isCheckable(match[0]))
      found.push({ word: match[0], from: match.index, to: match.index + match[0].length })
  }
  return found
}
