/** A chunk ends at a line break found between these offsets from its start, when there is one. */
const MIN_PARAGRAPH = 500
const MAX_PARAGRAPH = 4_000
/** Otherwise at the last space before this many characters, or right there. */
const CHUNK = 2_000

/**
 * Cuts a long text into blocks of at most a few thousand characters, at line breaks where it
 * can, else at spaces, else anywhere (never inside a surrogate pair). Chromium lays out one huge
 * paragraph in time that grows with the square of its length (a 900,000-character comment took
 * minutes); as separate blocks that the page skips while off screen, a megabyte shows at once.
 */
export function textChunks(text: string): string[] {
  const chunks: string[] = []
  let start = 0
  while (text.length - start > MAX_PARAGRAPH) {
    const newline = text.indexOf('\n', start + MIN_PARAGRAPH)
    let end: number
    if (newline >= 0 && newline < start + MAX_PARAGRAPH) end = newline + 1
    else {
      const space = text.lastIndexOf(' ', start + CHUNK)
      end = space > start + CHUNK / 2 ? space + 1 : start + CHUNK
      // A high surrogate at the end would split its pair: keep it with the next chunk.
      if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1
    }
    chunks.push(text.slice(start, end))
    start = end
  }
  chunks.push(text.slice(start))
  return chunks
}
