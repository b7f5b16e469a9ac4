import { foldChar } from '../../../shared/arabic/folded-text'

/** How the find bar matches its query against the article's text. */
export interface FindOptions {
  /**
   * Ignore diacritics, tatweel and letter variants (alef and hamza forms, ة/ه, ى/ي, Arabic-Indic
   * and Western digits), by the same folding as search and the comment rules, so "العراق" finds
   * "الْعِـرَاق". White space runs count as one space.
   * @default true
   */
  ignoreVariants: boolean
  /**
   * Upper and lower case (Latin) must match.
   * @default false
   */
  matchCase: boolean
  /**
   * A match must not start or end inside a word ("في" does not find the start of "فيلم").
   * @default false
   */
  wholeWords: boolean
}

export const defaultFindOptions: FindOptions = {
  ignoreVariants: true,
  matchCase: false,
  wholeWords: false,
}

/** A match in a string: [from, to) in UTF-16 units of the original text. */
export interface TextMatch {
  from: number
  to: number
}

/** Folded text with, for each of its UTF-16 units, where its character starts in the original. */
interface Keyed {
  text: string
  starts: number[]
}

const SPACE = /^\s$/u
/** Letters, digits and combining marks (diacritics belong to the letter before them). */
const WORD = /^[\p{L}\p{N}\p{M}_]$/u

/** `foldChar` remembered per character: an article uses a few dozen, thousands of times. */
const folds = new Map<string, string>()
const MAX_FOLDS = 4096

function foldCached(char: string): string {
  let folded = folds.get(char)
  if (folded === undefined) {
    folded = foldChar(char)
    if (folds.size >= MAX_FOLDS) folds.clear()
    folds.set(char, folded)
  }
  return folded
}

/** One character as compared under `options` ('' when it does not count, e.g. a diacritic). */
function foldOne(char: string, options: FindOptions): string {
  if (!options.ignoreVariants) return options.matchCase ? char : char.toLowerCase()
  const folded = foldCached(char)
  // The shared fold lower-cases Latin; "Match case" keeps the letter as written.
  return options.matchCase && folded !== char && folded === char.toLowerCase() ? char : folded
}

/** Folds `original` for matching, keeping the way back to it (see `foldText` in shared/arabic). */
function keyed(original: string, options: FindOptions): Keyed {
  let text = ''
  const starts: number[] = []
  let index = 0
  let afterSpace = false
  for (const char of original) {
    let folded: string
    if (options.ignoreVariants && SPACE.test(char)) {
      folded = afterSpace ? '' : ' '
      afterSpace = true
    } else {
      folded = foldOne(char, options)
      if (folded) afterSpace = false
    }
    for (let i = 0; i < folded.length; i++) starts.push(index)
    text += folded
    index += char.length
  }
  return { text, starts }
}

const isWord = (char: string | undefined): boolean => char !== undefined && WORD.test(char)

/** The character (code point) ending just before `index`. */
function charBefore(text: string, index: number): string | undefined {
  return index > 0 ? Array.from(text.slice(Math.max(0, index - 2), index)).pop() : undefined
}

function charAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index)
  return code === undefined ? undefined : String.fromCodePoint(code)
}

/** True when neither end of [from, to) cuts through a word. */
function isWholeWord(text: string, from: number, to: number): boolean {
  const startCuts = isWord(charBefore(text, from)) && isWord(charAt(text, from))
  const endCuts = isWord(charBefore(text, to)) && isWord(charAt(text, to))
  return !startCuts && !endCuts
}

/**
 * Every non-overlapping match of `query` in `text`, as ranges of the ORIGINAL text, so they can be
 * highlighted and replaced there. Matching runs on folded copies of both; a match takes in the
 * diacritics and tatweel that follow its last letter, so replacing "كتاب" in "كتابٌ" leaves no
 * stray mark behind. A query that folds to nothing (only diacritics, or empty) matches nothing.
 */
export function findMatches(text: string, query: string, options: FindOptions): TextMatch[] {
  const needle = keyed(query.normalize('NFC'), options).text
  if (!needle) return []
  const hay = keyed(text, options)
  const { starts } = hay
  const matches: TextMatch[] = []
  let at = hay.text.indexOf(needle)
  while (at !== -1) {
    const end = at + needle.length
    const from = starts[at] ?? 0
    const to = end < starts.length ? (starts[end] ?? text.length) : text.length
    // A character folded to two units (rare: "İ") must not be cut by the match.
    const whole =
      (at === 0 || starts[at - 1] !== from) && (end === starts.length || starts[end - 1] !== to)
    if (whole && from < to && (!options.wholeWords || isWholeWord(text, from, to))) {
      matches.push({ from, to })
      at = hay.text.indexOf(needle, end)
    } else {
      at = hay.text.indexOf(needle, at + 1)
    }
  }
  return matches
}
