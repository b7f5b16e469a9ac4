import type { Article } from '../../shared/articles/article-schema'

/**
 * The fields only an editor changes. The backend moves the rest on its own (the status, the
 * publication records, corrections, the workflow) when a publish job ends, so two revisions that
 * agree on these hold the same writing and one may replace the other under an editor's feet.
 */
export const EDITOR_TEXT_FIELDS = [
  'title',
  'standfirst',
  'body',
  'excerpt',
  'slug',
  'byline',
  'tags',
  'category',
  'featuredImage',
  'scheduledAt',
] as const

/** Structural equality of JSON values (key order ignored), for comparing stored fields. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left).filter((k) => left[k] !== undefined)
  return (
    keys.length === Object.keys(right).filter((k) => right[k] !== undefined).length &&
    keys.every((k) => sameJson(left[k], right[k]))
  )
}

/**
 * True when two stored versions of an article have the same editable text and settings: the
 * newer one then only carries what the backend changed. A missing optional field equals null.
 */
export function sameText(a: Article, b: Article): boolean {
  return EDITOR_TEXT_FIELDS.every((field) => sameJson(a[field] ?? null, b[field] ?? null))
}
