import { normalizeForSearch } from '../../shared/arabic/normalize'
import { parseTags } from './article-settings'

/** A tag in use elsewhere, as `articles.tags` lists it (most used first). */
export interface KnownTag {
  tag: string
  count: number
}

/** The separators of the tags field: Latin and Arabic commas, and new lines. */
const SEPARATOR = /[,،\n]/g

/** Where the tag being typed starts: just after the last separator (0 when there is none). */
function fragmentStart(text: string): number {
  let start = 0
  for (const match of text.matchAll(SEPARATOR)) start = match.index + 1
  return start
}

/** The tag being typed: what follows the last separator, trimmed. */
export function typedFragment(text: string): string {
  return text.slice(fragmentStart(text)).trim()
}

/**
 * Known tags that fit what is being typed, best first: those that start with it, then those with
 * a word that starts with it, then any that contain it. Matching folds Arabic the way search does
 * (no diacritics or tatweel, one alef, ة as ه…), so "الاعلام" finds "الإعلام الرقمي". Tags the
 * article already has are left out. An empty fragment lists the most used ones.
 */
export function suggestTags(known: readonly KnownTag[], text: string, limit = 8): string[] {
  const taken = new Set(parseTags(text.slice(0, fragmentStart(text))).map(normalizeForSearch))
  const key = normalizeForSearch(typedFragment(text))
  const ranked: [number, string][] = []
  for (const { tag } of known) {
    const folded = normalizeForSearch(tag)
    if (taken.has(folded) || (key && folded === key && tag === typedFragment(text))) continue
    const rank = !key
      ? 0
      : folded.startsWith(key)
        ? 0
        : ` ${folded}`.includes(` ${key}`)
          ? 1
          : folded.includes(key)
            ? 2
            : -1
    if (rank >= 0) ranked.push([rank, tag])
  }
  // A stable sort keeps the most used first within each rank.
  return ranked
    .sort((a, b) => a[0] - b[0])
    .slice(0, limit)
    .map(([, tag]) => tag)
}

/**
 * The field's text with the tag being typed replaced by `tag`, followed by a separator in the
 * UI's language, ready for the next one.
 */
export function pickTag(text: string, tag: string, lang: 'ar' | 'en'): string {
  const before = text.slice(0, fragmentStart(text))
  const space = before && !/\s$/.test(before) ? ' ' : ''
  return `${before}${space}${tag}${lang === 'ar' ? '، ' : ', '}`
}
