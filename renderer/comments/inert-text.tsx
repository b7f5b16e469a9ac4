import { Fragment } from 'react'

/**
 * Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). Readers use
 * them to make a name or a link read backwards ("‮moc.elpmaxe" shown as "example.com"); they
 * never reach the page: each is replaced by a visible marker naming it.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g
const BIDI_SPLIT = /([\u202A-\u202E\u2066-\u2069])/
const HAS_BIDI = /[\u202A-\u202E\u2066-\u2069]/

/** Beyond this many markers, they are plain text rather than styled elements. */
const MAX_STYLED = 200

/** "U+202E": how a control character is named on screen. */
const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** The text with every bidi control replaced by a visible marker, e.g. "⟦U+202E⟧". */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, (ch) => `⟦${codePoint(ch)}⟧`)
}

/**
 * Untrusted text, shown inert: React text children only (markup stays text), with bidi controls
 * shown as markers so they cannot reorder what surrounds them.
 */
export function InertText({ text }: { text: string }) {
  if (!HAS_BIDI.test(text)) return <>{text}</>
  const parts = text.split(BIDI_SPLIT)
  if (parts.length > MAX_STYLED * 2) return <>{showBidiControls(text)}</>
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, never reordered
          <span key={i} className="bidi-marker" title={codePoint(part)}>
            {`⟦${codePoint(part)}⟧`}
          </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, never reordered
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  )
}
