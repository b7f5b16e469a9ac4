import { safeLinkHref } from '../../shared/editor/schema-extensions'

/** The allowed block elements: each is followed by a new line in an export, so its source reads well. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'div',
  'pre',
  'hr',
])

/**
 * Elements an exported body may contain: the inert text-level and block elements a schema's
 * `toDOM` can reasonably produce. An element outside this list (a schema change bringing in an
 * embed, or anything scriptable such as `script`, `svg`, `iframe`, `object`) is not written;
 * its content is, so no text is lost.
 */
const ALLOWED_ELEMENTS = new Set([
  ...BLOCK_ELEMENTS,
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'cite',
  'q',
  'abbr',
  'code',
  'span',
  'a',
  'img',
])

/** Elements with no content and no end tag. */
export const VOID_ELEMENTS = new Set(['br', 'hr', 'img'])

/** Whether an element may be written into an exported page. */
export function isAllowedElement(tag: string): boolean {
  return ALLOWED_ELEMENTS.has(tag)
}

/**
 * Each attribute an exported element may carry, with what its value must look like. Everything
 * else is dropped: event handlers (`on*`), `style`, `target`, `srcset`, `formaction`… Values are
 * checked, not only escaped, so the page also validates (a `dir` of "up" would not).
 */
const ATTRIBUTES: Record<string, (value: string, tag: string) => string | null> = {
  // A direction that is not one of the three falls back to the text's own, as the editor does.
  dir: (v) => (v === 'ltr' || v === 'rtl' ? v : 'auto'),
  lang: (v) => (/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(v) ? v : null),
  class: (v) => (/^[A-Za-z0-9 _-]{1,100}$/.test(v) ? v.trim() || null : null),
  title: (v) => v,
  alt: (v, tag) => (tag === 'img' ? v : null),
  start: (v, tag) => (tag === 'ol' && /^-?\d{1,9}$/.test(v) ? v : null),
  type: (v, tag) => (tag === 'ol' && /^[1aAiI]$/.test(v) ? v : null),
  width: (v, tag) => (tag === 'img' && /^\d{1,5}$/.test(v) ? v : null),
  height: (v, tag) => (tag === 'img' && /^\d{1,5}$/.test(v) ? v : null),
  href: (v, tag) => (tag === 'a' ? safeLinkHref(v) : null),
}

/**
 * The attributes of one element as they may be written: only allowed names with well-formed
 * values. `null`/`undefined`/`false` values (how TipTap says "no attribute") are skipped.
 */
export function safeAttributes(tag: string, attrs: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>()
  for (const [rawName, rawValue] of Object.entries(attrs)) {
    if (rawValue === null || rawValue === undefined || rawValue === false) continue
    const name = rawName.toLowerCase()
    const check = Object.hasOwn(ATTRIBUTES, name) ? ATTRIBUTES[name] : undefined
    const value = check?.(String(rawValue), tag)
    if (value !== null && value !== undefined) out.set(name, value)
  }
  return out
}
