import { FILLERS, type FoldedTable, wordKey } from './boilerplate-phrases'

/** How much of a block one kind of furniture's vocabulary accounts for. */
export interface PhraseMatch {
  /** Share of the block's words (fillers left out) covered by phrases and lexicon words, 0–1. */
  coverage: number
  /** Share of those words covered by strong phrases alone, 0–1. */
  strongCoverage: number
  /** A strong phrase occurs somewhere in the block. */
  strong: boolean
  /** A weak phrase occurs somewhere in the block. */
  weak: boolean
  /** A strong phrase of two or more words opens the block ("شارك المقال عبر: …"). */
  strongOpening: boolean
  /** How many words the longest strong phrase opening the block has (0 when none does). */
  openingLength: number
}

/**
 * The matching keys a word may stand for, without its attached particles: the conjunctions و/ف,
 * then the prepositions ب/ل/ك, with "لل" read as "ال" ("وتويتر" → "تويتر", "للمرة" → "المرة").
 * A stem keeps at least three letters, so short words are not stripped into others.
 */
function keysOf(word: string): string[] {
  const forms = [word]
  let stem = word
  if (stem.length > 3 && (stem[0] === 'و' || stem[0] === 'ف')) {
    stem = stem.slice(1)
    forms.push(stem)
  }
  if (stem.length > 4 && stem.startsWith('لل')) forms.push(`ا${stem.slice(1)}`)
  else if (stem.length > 3 && 'بلك'.includes(stem[0] ?? '')) forms.push(stem.slice(1))
  return forms.map(wordKey)
}

const keysCache = new WeakMap<string[], string[][]>()
const matchCache = new WeakMap<string[], Map<FoldedTable, PhraseMatch>>()

/** The keys of every word, computed once per block (blocks are matched against several tables). */
function keysOfWords(words: string[]): string[][] {
  let keys = keysCache.get(words)
  if (!keys) {
    keys = words.map(keysOf)
    keysCache.set(words, keys)
  }
  return keys
}

function measure(words: string[], table: FoldedTable): PhraseMatch {
  const keys = keysOfWords(words)
  const covered = words.map(() => false)
  const strongCovered = words.map(() => false)
  let strong = false
  let weak = false
  let openingLength = 0
  keys.forEach((wordKeys, at) => {
    for (const key of wordKeys) {
      for (const phrase of table.byFirstWord.get(key) ?? []) {
        const length = phrase.words.length
        if (at + length > words.length) continue
        const matches = phrase.words.every(
          (phraseWord, i) => i === 0 || keys[at + i]?.includes(phraseWord),
        )
        if (!matches) continue
        for (let i = at; i < at + length; i++) {
          covered[i] = true
          if (phrase.strong) strongCovered[i] = true
        }
        if (phrase.strong) strong = true
        else weak = true
        if (phrase.strong && at === 0) openingLength = Math.max(openingLength, length)
      }
    }
  })
  keys.forEach((wordKeys, i) => {
    if (!covered[i] && wordKeys.some((key) => table.lexicon.has(key))) covered[i] = true
  })
  const counted = keys.map((wordKeys, i) => covered[i] || !FILLERS.has(wordKeys[0] ?? ''))
  const total = counted.filter(Boolean).length
  const share = (marks: boolean[]) =>
    total === 0 ? 0 : marks.filter((mark, i) => mark && counted[i]).length / total
  return {
    coverage: share(covered),
    strongCoverage: share(strongCovered),
    strong,
    weak,
    strongOpening: openingLength >= 2,
    openingLength,
  }
}

/**
 * Measures `words` (folded, see `wordsOf`) against one phrase table. Coverage rather than a yes/no
 * match is what lets a long sentence that merely CONTAINS a phrase ("وقال إنه سيترك تعليقاً على
 * القرار لاحقاً") score low while a furniture sentence worded by some other theme scores high.
 * Results are cached per words array, since every pass asks again.
 */
export function matchPhrases(words: string[], table: FoldedTable): PhraseMatch {
  let byTable = matchCache.get(words)
  if (!byTable) {
    byTable = new Map()
    matchCache.set(words, byTable)
  }
  let match = byTable.get(table)
  if (!match) {
    match = measure(words, table)
    byTable.set(table, match)
  }
  return match
}
