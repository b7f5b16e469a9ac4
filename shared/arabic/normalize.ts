import { ARABIC_DIACRITICS, INVISIBLE_FORMATTING, TATWEEL, toWesternDigits } from './characters'

/** Removes diacritics and tatweel, which change how a word looks but not which word it is. */
export function stripDecorations(text: string): string {
  return text.replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '').replace(INVISIBLE_FORMATTING, '')
}

/**
 * Folds text for matching, the way Arabic search engines do: diacritics, tatweel and invisible
 * marks removed; alef variants (أ إ آ ٱ) to ا; ؤ to و and ئ to ي; ى to ي; ة to ه; Arabic-Indic
 * digits to 0–9; Latin lower-cased; runs of white space collapsed.
 *
 * So "العراق", "العـراق" and "الْعِرَاق" all fold to the same key.
 */
export function normalizeForSearch(text: string): string {
  return foldLetters(stripDecorations(text.normalize('NFC')))
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The letter folds every Arabic-aware match shares (search, comment rules, find and replace):
 * alef variants (أ إ آ ٱ) to ا; ؤ to و; ئ and ى to ي; ة to ه; Arabic-Indic digits to 0–9; Latin
 * lower-cased. Each character folds to one, so offsets are kept.
 */
export function foldLetters(text: string): string {
  return toWesternDigits(text)
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627')
    .replace(/\u0624/g, '\u0648')
    .replace(/[\u0626\u0649]/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
}

/** True when every word of `query` occurs in `text`, both folded with {@link normalizeForSearch}. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = normalizeForSearch(text)
  return normalizeForSearch(query)
    .split(' ')
    .every((word) => haystack.includes(word))
}
