import { ARABIC_DIACRITICS, INVISIBLE_FORMATTING, TATWEEL } from './characters'
import { foldLetters } from './normalize'

/** Text folded for matching, with where each folded character came from in the original. */
export interface FoldedText {
  /** The folded characters (see {@link foldChar}). */
  text: string
  /** For each UTF-16 unit of `text`: the index in the original where its character starts. */
  starts: number[]
}

const DROPPED = new RegExp(
  `${ARABIC_DIACRITICS.source}|${TATWEEL.source}|${INVISIBLE_FORMATTING.source}`,
  'u',
)

/**
 * One character folded the way search folds text: diacritics, tatweel and invisible marks dropped
 * (''), the rest by {@link foldLetters}.
 */
export function foldChar(char: string): string {
  if (DROPPED.test(char)) return ''
  return foldLetters(char)
}

/**
 * Folds `original` character by character, keeping a map back to it, so a match found in the
 * folded text can point at (and highlight) the exact range of the original. The original is
 * expected in NFC, as the store keeps text.
 */
export function foldText(original: string): FoldedText {
  let text = ''
  const starts: number[] = []
  let index = 0
  for (const char of original) {
    const folded = foldChar(char)
    for (let i = 0; i < folded.length; i++) {
      starts.push(index)
    }
    text += folded
    index += char.length
  }
  return { text, starts }
}
