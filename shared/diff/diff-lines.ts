import type { DiffSegment } from './word-diff'

/**
 * Splits diff segments into lines (paragraphs), so each paragraph can take its own direction:
 * an English quote inside an Arabic article reads left to right in the diff as in the editor.
 * A removed or added line break is dropped from the text; its paragraphs stay apart.
 */
export function diffLines(segments: DiffSegment[]): DiffSegment[][] {
  const lines: DiffSegment[][] = [[]]
  for (const segment of segments) {
    segment.text.split('\n').forEach((text, i) => {
      if (i > 0) lines.push([])
      if (text) lines.at(-1)?.push({ kind: segment.kind, text })
    })
  }
  return lines.filter((line) => line.length > 0)
}
