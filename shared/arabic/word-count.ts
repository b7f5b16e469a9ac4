import { stripDecorations } from './normalize'

/** A word must hold at least one letter or digit; a lone dash or "،" is not a word. */
const WORDLIKE = /[\p{L}\p{N}]/u

/**
 * Counts words the way an Arabic reader does: tatweel and diacritics neither split a word nor
 * make one, and punctuation alone (، ؛ ؟ « » —) is not a word.
 */
export function countWords(text: string): number {
  let count = 0
  for (const token of stripDecorations(text).split(/[\s\u00A0]+/)) {
    if (WORDLIKE.test(token)) count++
  }
  return count
}

/**
 * Words per minute of silent reading used for the estimate. Studies of Arabic readers put it
 * lower than English (about 140–180); 180 matches what Arabic news sites display.
 */
export const WORDS_PER_MINUTE = 180

/** Reading time in whole minutes, rounded up; 0 only for an empty text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}
