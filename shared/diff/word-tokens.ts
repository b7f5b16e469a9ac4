/**
 * One unit of a word diff: a word, a punctuation mark or a line break, with the spaces that
 * follow it. Spaces are carried, not compared, so re-spacing a sentence is not a change.
 */
export interface WordToken {
  /** What is compared: the word exactly as written, diacritics, tatweel and all. */
  text: string
  /** The white space after it, kept so the diff reads as the original text. */
  space: string
}

/**
 * A word: letters, combining marks (Arabic harakat, shadda, sukun), digits, joiners, and the
 * apostrophes, hyphens and decimal separators inside it ("don't", "covid-19", "٣٫٥").
 */
const WORD =
  /[\p{L}\p{M}\p{N}\u200C\u200D]+(?:['’\-.,٫٬][\p{L}\p{M}\p{N}\u200C\u200D]+)*|\n|[^\s]|[^\S\n]+/gu

/**
 * Splits text into diff tokens. Arabic words stay whole with their diacritics (a vowel mark is
 * part of the word, never a token of its own), and Arabic punctuation (، ؛ ؟ «») stands alone,
 * so "قال،" and "قال" differ only by the comma.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = []
  for (const [piece] of text.matchAll(WORD)) {
    const last = tokens.at(-1)
    if (piece !== '\n' && /^\s+$/u.test(piece)) {
      // Leading white space belongs to no word and is not shown.
      if (last) last.space += piece
      continue
    }
    tokens.push({ text: piece, space: '' })
  }
  return tokens
}
