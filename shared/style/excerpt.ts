/** How many characters of context an excerpt shows on each side of a match. */
const RADIUS = 30
/** A match longer than this (a whole paragraph) is shown by its beginning only. */
const LONGEST = 60

/**
 * The text around `[from, to)` on one line, cut at spaces and marked "…" where cut: what the
 * panel and `midad lint` show so a finding can be recognised without opening the editor.
 */
export function excerptAround(text: string, from: number, to: number): string {
  if (to - from > LONGEST) {
    const cut = text.lastIndexOf(' ', from + LONGEST)
    const end = cut > from ? cut : from + LONGEST
    return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, end))}…`
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
  return `${start > 0 ? '…' : ''}${oneLine(text.slice(start, end))}${end < text.length ? '…' : ''}`
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
