import { wordsOf } from './block-info'
import type { PhraseTable } from './phrase-table'
import { COMMENT_FORM, SHARE } from './vocabulary-forms'
import { RELATED, THEME_CONTROL } from './vocabulary-widgets'

/** One phrase, folded into matching keys (see {@link wordKey}). */
export interface FoldedPhrase {
  words: string[]
  strong: boolean
}

/**
 * A phrase table folded for matching: phrases indexed by their first key, so a block is scanned
 * once whatever the number of phrases.
 */
export interface FoldedTable {
  byFirstWord: Map<string, FoldedPhrase[]>
  lexicon: Set<string>
}

/**
 * The matching key of a folded word: a final alef after two or more letters is dropped, so the
 * accusative "تعليقاً"/"تعليقا" and the bare "تعليق", "رداً" and "رد", or "أيضاً"/"ايضا"/"أيضأ", share one key.
 */
export function wordKey(word: string): string {
  return word.length >= 3 && word.endsWith('ا') ? word.slice(0, -1) : word
}

const fold = (phrase: string): string[] => wordsOf(phrase).map(wordKey)

function foldTable(table: PhraseTable): FoldedTable {
  const byFirstWord = new Map<string, FoldedPhrase[]>()
  const add = (phrase: string, strong: boolean) => {
    const words = fold(phrase)
    const first = words[0]
    if (first === undefined) return
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words, strong }])
  }
  for (const phrase of table.strong) add(phrase, true)
  for (const phrase of table.weak) add(phrase, false)
  return { byFirstWord, lexicon: new Set(table.lexicon.flatMap(fold)) }
}

export const PHRASES = {
  'comment-form': foldTable(COMMENT_FORM),
  share: foldTable(SHARE),
  'theme-control': foldTable(THEME_CONTROL),
  related: foldTable(RELATED),
} as const

/**
 * Function words that neither prove nor disprove furniture ("شارك المقال عبر", "مشار إليها بـ"):
 * they are left out of the share a phrase covers.
 */
export const FILLERS = new Set(
  [
    'في',
    'من',
    'إلى',
    'على',
    'عن',
    'عبر',
    'مع',
    'هذا',
    'هذه',
    'ذلك',
    'أو',
    'و',
    'ب',
    'ل',
    'هنا',
    'التي',
    'الذي',
    'فيها',
    'بها',
    'لها',
    'the',
    'a',
    'on',
    'to',
    'of',
  ].map((word) => wordKey(wordsOf(word)[0] ?? word)),
)
