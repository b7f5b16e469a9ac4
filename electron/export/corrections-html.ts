import type { Correction } from '../../shared/publish/publication-schema'
import type { Digits } from '../../shared/settings/settings-schema'
import { arabicDate } from './article-date'
import { escapeHtml } from './html-text'

/** The heading of the corrections block; Arabic, like the rest of an article page. */
export const CORRECTIONS_HEADING = 'تصحيح'

/**
 * The corrections block that ends a published article: each note added with "Update published",
 * oldest first, with its date (house digits). Everything is escaped text; '' when there are none.
 * The same block goes to an exported page, a site page and a WordPress post.
 */
export function correctionsHtml(
  corrections: readonly Correction[] | undefined,
  digits: Digits,
  timeZone?: string,
): string {
  if (!corrections?.length) return ''
  const items = corrections.map(
    (c) =>
      `<li><time datetime="${new Date(c.at).toISOString()}">${arabicDate(c.at, digits, timeZone)}</time>: <span dir="auto">${escapeHtml(c.note)}</span></li>`,
  )
  return `<aside class="corrections" aria-label="${CORRECTIONS_HEADING}">
<h2>${CORRECTIONS_HEADING}</h2>
<ul>
${items.join('\n')}
</ul>
</aside>`
}
