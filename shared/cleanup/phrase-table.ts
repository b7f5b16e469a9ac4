/**
 * The vocabulary of scraped site furniture, per kind. The lists are deliberately about WORDS, not
 * whole lines: a block is judged by how much of it this vocabulary covers (see
 * `phrase-match.ts`), so "شارك المقال عبر: فيسبوك | X | واتساب" or a theme's own wording of the
 * comment form are caught without being listed verbatim.
 *
 * - `strong`: phrases that on their own mean site furniture ("اترك تعليقاً", "واتساب").
 * - `weak`: words that are furniture only when they stand alone on a line, and even then only
 *   near other furniture or at the edges ("الاسم", "بحث", "إغلاق").
 * - `lexicon`: single words that fill out furniture sentences ("المتصفح", "لاستخدامها").
 *
 * Everything is written the way it appears on sites and folded at load with the same
 * normalization as the text, so diacritics, tatweel, hamza forms, ة/ه and ى/ي do not matter.
 */
export interface PhraseTable {
  strong: string[]
  weak: string[]
  lexicon: string[]
}
