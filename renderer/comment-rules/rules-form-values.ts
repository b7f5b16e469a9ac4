import type { CommentRules, WordRule } from '../../shared/comments/rules-schema'

/** The rules screen's fields as typed: one word or phrase a line, the link limit as text. */
export interface RulesFormValues {
  holdWords: string
  spamWords: string
  maxLinks: string
  holdFirstTime: boolean
}

/** Why a field cannot be saved, as a message id and its values (shown next to the field). */
export type FieldError = { id: RulesErrorId; params?: Record<string, number> }
export type RulesErrorId =
  | 'comments.rules.error.tooLong'
  | 'comments.rules.error.tooMany'
  | 'comments.rules.error.onlyStar'
  | 'comments.rules.error.maxLinks'
export type RulesErrors = Partial<Record<keyof RulesFormValues, FieldError>>

const MAX_WORD = 100
const MAX_WORDS = 2_000

/** A word that also matches inside longer words is written between stars: `*word*`. */
export function wordsToText(words: readonly WordRule[]): string {
  return words.map((w) => (w.match === 'substring' ? `*${w.word}*` : w.word)).join('\n')
}

export function rulesToValues(rules: CommentRules): RulesFormValues {
  return {
    holdWords: wordsToText(rules.holdWords),
    spamWords: wordsToText(rules.spamWords),
    maxLinks: rules.maxLinks === null ? '' : String(rules.maxLinks),
    holdFirstTime: rules.holdFirstTime,
  }
}

/** A word list from its lines: blank lines skipped, repeats dropped, a star at either end = substring. */
export function textToWords(text: string): WordRule[] | FieldError {
  const words: WordRule[] = []
  const seen = new Set<string>()
  const lines = text.split(/\r?\n/)
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim()
    if (!line) continue
    const substring = line.startsWith('*') || line.endsWith('*')
    const word = line.replace(/^\*+|\*+$/g, '').trim()
    if (!word) return { id: 'comments.rules.error.onlyStar', params: { line: i + 1 } }
    if (word.length > MAX_WORD)
      return { id: 'comments.rules.error.tooLong', params: { line: i + 1, max: MAX_WORD } }
    const key = `${substring}:${word}`
    if (seen.has(key)) continue
    seen.add(key)
    words.push({ word, match: substring ? 'substring' : 'word' })
  }
  if (words.length > MAX_WORDS)
    return { id: 'comments.rules.error.tooMany', params: { max: MAX_WORDS } }
  return words
}

const isError = (value: WordRule[] | FieldError): value is FieldError => !Array.isArray(value)

/** The rules to save, or what is wrong with each field (then nothing is saved). */
export function valuesToRules(values: RulesFormValues): CommentRules | RulesErrors {
  const errors: RulesErrors = {}
  const holdWords = textToWords(values.holdWords)
  const spamWords = textToWords(values.spamWords)
  if (isError(holdWords)) errors.holdWords = holdWords
  if (isError(spamWords)) errors.spamWords = spamWords
  const links = values.maxLinks
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
  const maxLinks = links === '' ? null : /^\d{1,4}$/.test(links) ? Number(links) : Number.NaN
  if (maxLinks !== null && !(maxLinks >= 0 && maxLinks <= 1_000))
    errors.maxLinks = { id: 'comments.rules.error.maxLinks', params: { max: 1_000 } }
  if (isError(holdWords) || isError(spamWords) || Object.keys(errors).length > 0) return errors
  return { holdWords, spamWords, maxLinks, holdFirstTime: values.holdFirstTime }
}

/** True when {@link valuesToRules} found problems. */
export function hasErrors(result: CommentRules | RulesErrors): result is RulesErrors {
  return !('holdFirstTime' in result)
}
