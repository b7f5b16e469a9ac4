import { foldChar, foldText } from './folded-text'

/** How a listed word is matched. */
export interface WordListOptions {
  /**
   * `word` (the default): only whole words, with Arabic's attached prefixes allowed (و ف ب ك ل
   * and ال, as in "والغبي"), so a listed word inside a longer word never matches, WordPress's
   * known false positive. `substring`: anywhere, inside other words too.
   */
  mode?: 'word' | 'substring'
}

/** Where a listed word was found (indices into the text in NFC, the form the store keeps). */
export interface WordListMatch {
  /** The word of the list, as it was written there. */
  word: string
  /** The range of the original text that matched (UTF-16 indices, end exclusive). */
  start: number
  end: number
  /** The original text of that range ("غـبـيـيـي", "غ.ب.ي"). */
  text: string
}

/** What readers insert between letters to slip a word past a filter: spaces, dots, dashes… */
const GAP = '[\\s.\\-_*·•,،/|+~]+'
/** Arabic prefixes written joined to the next word: conjunctions, prepositions, the article. */
const PREFIXES = '(?:[وف])?(?:[بكل])?(?:ال|لل)?'
const escapeRegExp = (char: string) => char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

/**
 * A listed word as a pattern over folded text. A letter may be stretched ("غبيييي"): a run of
 * three or more stands for one letter, while a doubled one does not, since Arabic writes a real
 * double letter with a shadda and two in a row are usually two letters of another word (the
 * listed "سب" must not match "سبب"). Or the word may be spelled out with a gap after every letter
 * ("غ ب ي", "غ.ب.ي").
 */
function wordPattern(word: string): string | null {
  const letters = [...word.normalize('NFC')].map(foldChar).join('')
  if (!letters) return null
  const runs: { char: string; count: number }[] = []
  for (const char of letters) {
    const last = runs.at(-1)
    if (last?.char === char) last.count++
    else runs.push({ char, count: 1 })
  }
  const stretched = runs
    .map(({ char, count }) => {
      const c = escapeRegExp(char)
      return count === 1 ? `${c}(?:${c}{2,})?` : `${c}{${count},}`
    })
    .join('')
  const spelled = [...letters].map(escapeRegExp).join(GAP)
  return letters.length > 1 ? `(?:${stretched}|${spelled})` : stretched
}

/** A listed entry as a pattern: its words (a phrase may have several) with any gap between. */
function entryPattern(entry: string): string | null {
  const words = entry
    .trim()
    .split(/\s+/)
    .map(wordPattern)
    .filter((p): p is string => p !== null)
  return words.length ? words.join(GAP) : null
}

/**
 * Finds the words of a list in text the Arabic way: diacritics, tatweel and invisible marks
 * ignored; alef/hamza forms, ة/ه, ى/ي and Arabic-Indic/Western digits each treated as one; Latin
 * case ignored; stretched letters and letters spelled out with gaps caught. The list is compiled
 * once, so a moderation queue can run it over thousands of comments.
 */
export class WordListMatcher {
  private readonly patterns: { word: string; regex: RegExp }[]

  constructor(words: readonly string[], options: WordListOptions = {}) {
    const whole = (options.mode ?? 'word') === 'word'
    this.patterns = []
    for (const word of words) {
      const pattern = entryPattern(word)
      if (!pattern) continue
      const source = whole
        ? `(?<![\\p{L}\\p{N}])${PREFIXES}(${pattern})(?![\\p{L}\\p{N}])`
        : `(${pattern})`
      this.patterns.push({ word, regex: new RegExp(source, 'gu') })
    }
  }

  /** The first listed word found (in list order, then position), or null. */
  find(text: string): WordListMatch | null {
    return this.findAll(text, 1)[0] ?? null
  }

  /** Every listed word found, in list order; at most `limit` matches. */
  findAll(text: string, limit = Number.POSITIVE_INFINITY): WordListMatch[] {
    const original = text.normalize('NFC')
    const folded = foldText(original)
    const matches: WordListMatch[] = []
    for (const { word, regex } of this.patterns) {
      regex.lastIndex = 0
      for (const m of folded.text.matchAll(regex)) {
        const inner = m[1] ?? m[0]
        const at = (m.index ?? 0) + m[0].length - inner.length
        const last = at + inner.length - 1
        const start = folded.starts[at] ?? 0
        // The marks after the last letter (its shadda, a tatweel) belong to the match too.
        const end = folded.starts[last + 1] ?? original.length
        matches.push({ word, start, end, text: original.slice(start, end) })
        if (matches.length >= limit) return matches
      }
    }
    return matches
  }
}
