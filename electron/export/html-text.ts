/**
 * Code points HTML forbids in a document (C0 and C1 controls other than white space,
 * noncharacters) and lone surrogates, which cannot be written as UTF-8. A stored article may hold
 * them (pasted from anywhere, or hand-edited); the exported page must still validate.
 */
const FORBIDDEN =
  // Spelled out rather than as \p{Noncharacter_Code_Point} and \p{Cs}: the same code points, and
  // about a tenth faster over the thousands of pages of a site export. With the u flag, a surrogate
  // range matches only a lone surrogate.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu

/** Removes what {@link FORBIDDEN} describes; everything else, bidi controls included, is kept. */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '')
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML text content and for double-quoted attribute values alike, so no text an
 * article holds can open a tag, close one or end an attribute.
 */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c] as string)
}

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In the body they
 * stay: each paragraph is its own bidi paragraph, so an override ends with it. In one-line
 * metadata (the window title, meta tags, JSON-LD, a file name) nothing ends them, so an RTL
 * override there could make the text read as something else; they are removed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * Text for a single-line metadata field: forbidden code points and bidi controls removed, white
 * space collapsed.
 */
export function metaText(text: string): string {
  return cleanText(text).replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim()
}
