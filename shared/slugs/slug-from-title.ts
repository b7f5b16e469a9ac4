import {
  ARABIC_DIACRITICS,
  INVISIBLE_FORMATTING,
  TATWEEL,
  toWesternDigits,
} from '../arabic/characters'
import { MAX_SLUG_LENGTH } from '../publish/slug'
import type { SlugStyle } from '../style/house-style'
import { plainLatin, transliterateChar } from './transliterate'

/**
 * Arabic presentation forms (the shaped letters and ligatures PDFs and old sites emit, "ﻻ"),
 * and full-width Latin: NFKC turns them into the ordinary letters a reader sees.
 */
const COMPATIBILITY_FORMS = /[\uFB50-\uFDFF\uFE80-\uFEFC\uFF01-\uFF5E]/g
/** The isolated forms of the harakat, which are diacritics like the ordinary ones. */
const PRESENTATION_HARAKAT = /[\uFE70-\uFE7F]/g
/** Apostrophes join a word's parts ("don't" → "dont") rather than splitting it. */
const APOSTROPHES = /^['’‘ʼʻ`]$/

/**
 * The title as a slug's letters see it: NFC, presentation forms unfolded, without diacritics
 * (tashkeel), tatweel and invisible formatting, with Arabic-Indic and Persian digits as 0–9.
 * Diacritics go because a headline is spelled with and without them; the slug should not differ.
 */
function plainTitle(title: string): string {
  const text = title
    .normalize('NFC')
    .replace(INVISIBLE_FORMATTING, '')
    .replace(PRESENTATION_HARAKAT, '')
    .replace(COMPATIBILITY_FORMS, (form) => form.normalize('NFKC'))
    .normalize('NFC')
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
  // Lower case can add a mark ("İ" → "i̇"); marks on Latin letters are accents, dropped later.
  return toWesternDigits(text)
    .toLowerCase()
    .normalize('NFC')
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
}

/**
 * What one character adds to the slug in the Arabic style: letters (Arabic ones as they are,
 * alef and hamza forms included: they are different letters; Latin ones without accents),
 * marks that belong to a word, and decimal digits; null (a word break) for the rest.
 */
function keptChar(char: string, inWord: boolean): string | null {
  if (/[\p{L}\p{Nd}]/u.test(char)) return plainLatin(char)
  if (/\p{M}/u.test(char)) return inWord ? char : ''
  return null
}

/** The words joined by hyphens, as many whole words as fit in {@link MAX_SLUG_LENGTH}. */
function joinWithin(words: readonly string[]): string {
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if ([...next].length > MAX_SLUG_LENGTH) break
    slug = next
  }
  // A first word longer than the limit on its own is cut rather than lost.
  if (!slug && words[0]) slug = [...words[0]].slice(0, MAX_SLUG_LENGTH).join('')
  return slug
}

/**
 * A slug made from a headline: its words, lower case, joined by single hyphens. Punctuation
 * (Arabic ، ؛ ؟ « » and Latin), spaces and symbols separate words; diacritics, tatweel and
 * invisible characters are dropped; digits become 0–9 (so "٣-١" is "3-1", as addresses are
 * typed). `arabic` keeps Arabic letters (browsers show them, the address percent-encodes them);
 * `latin` transliterates them (see `transliterateChar`) and drops other scripts. At most
 * {@link MAX_SLUG_LENGTH} code points, cut between words. The result passes `isValidSlug`, or is
 * '' when the headline has no letters or digits to make one from.
 */
export function slugFromTitle(title: string, style: SlugStyle): string {
  const words: string[] = []
  let word = ''
  for (const char of plainTitle(title)) {
    if (APOSTROPHES.test(char)) continue
    const out =
      style === 'latin'
        ? /\p{M}/u.test(char)
          ? ''
          : transliterateChar(char)
        : keptChar(char, word !== '')
    if (out === null) {
      if (word) words.push(word)
      word = ''
    } else word += out
  }
  if (word) words.push(word)
  return joinWithin(words).normalize('NFC')
}
