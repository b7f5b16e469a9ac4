/** How many characters of context an excerpt shows on each side of a match. */
const RADIUS = 30
/** A match longer than this (a whole paragraph) is shown by its beginning only. */
const LONGEST = 60

/** An excerpt in three parts: the context before the match, the match, the context after it. */
export interface ExcerptParts {
  before: string
  match: string
  after: string
}

/**
 * The text around `[from, to)` on one line, cut at spaces and marked "…" where cut: what the
 * panel and `midad lint` show so a finding can be recognised without opening the editor.
 */
export function excerptAround(text: string, from: number, to: number): string {
  const { before, match, after } = excerptParts(text, from, to)
  return before + match + after
}

/**
 * {@link excerptAround} split where the match starts and ends, so the Style check panel can mark
 * the flagged characters (a lone space or comma cannot be found again in the joined excerpt) and
 * show the excerpt with the fix applied.
 */
export function excerptParts(text: string, from: number, to: number): ExcerptParts {
  if (to - from > LONGEST) {
    const cut = text.lastIndexOf(' ', from + LONGEST)
    const end = cut > from ? cut : from + LONGEST
    return { before: from > 0 ? '…' : '', match: oneLine(text.slice(from, end)), after: '…' }
  }
  let start = Math.max(0, from - RADIUS)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space !== -1 && space < from ? space + 1 : start
  }
  let end = Math.min(text.length, to + RADIUS)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space >= to ? space : end
  }
  return {
    before: `${start > 0 ? '…' : ''}${oneLine(text.slice(start, from))}`,
    match: oneLine(text.slice(from, to)),
    after: `${oneLine(text.slice(to, end))}${end < text.length ? '…' : ''}`,
  }
}

const oneLine = (text: string) => text.replace(/[\n\uFFFC]/g, ' ')

/**
 * The words a match stands in, spaces around it included: `[from, to)` grown to the nearest
 * white space (or line end) on each side. "العـراق" for a tatweel, "في  العراق" for a double
 * space. What identifies a finding besides its rule and field (see `findingId`).
 */
export function wordsAround(text: string, from: number, to: number): string {
  let start = from
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--
  let end = to
  while (end < text.length && !/\s/.test(text[end] as string)) end++
  return text.slice(start, end).slice(0, 80)
}
