/** C0 and C1 controls (line breaks, tabs, escape sequences), DEL, and line/paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g

/**
 * Bidi controls: embeddings, overrides (U+202E), isolates, marks. A reader's name with an
 * override could reorder the rest of the line in the terminal, so each is shown as its code.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/**
 * Untrusted text (a reader's name or comment) as one harmless terminal line: line breaks, tabs
 * and escape sequences become spaces, bidi controls are written as `<U+202E>`, and the result is
 * cut to `max` characters (whole code points) with an ellipsis.
 */
export function terminalLine(text: string, max = Number.POSITIVE_INFINITY): string {
  const flat = text
    .replace(CONTROLS, ' ')
    .replace(BIDI, (c) => `<U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(/ {2,}/g, ' ')
    .trim()
  const chars = Array.from(flat)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat
}
