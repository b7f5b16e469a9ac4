/** A slug's longest form, in code points: with "-2.html" it stays within file-name limits. */
export const MAX_SLUG_LENGTH = 100

/**
 * A publishable slug: words of letters (Arabic with its marks), digits or "_" joined by single
 * hyphens, in NFC, at most {@link MAX_SLUG_LENGTH} code points. It is then the same path in a
 * static site and on WordPress (which percent-encodes it) and safe on every file system.
 */
export function isValidSlug(slug: string): boolean {
  return (
    slug === slug.normalize('NFC') &&
    [...slug].length <= MAX_SLUG_LENGTH &&
    /^[\p{L}\p{M}\p{N}_]+(?:-[\p{L}\p{M}\p{N}_]+)*$/u.test(slug)
  )
}

/** The form two slugs are compared in: case-insensitive file systems and URLs treat them as one. */
export const slugKey = (slug: string): string => slug.normalize('NFC').toLowerCase()
