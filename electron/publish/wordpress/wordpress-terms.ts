import { z } from 'zod'
import { WordPressError } from './wordpress-error'
import type { WordPressRequester } from './wordpress-request'
import { parseAnswer, TermExistsData, WpTerm } from './wordpress-schemas'

/** The taxonomies an article's names go to. */
export type Taxonomy = 'categories' | 'tags'

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#039': "'",
  '#39': "'",
}

/**
 * The form two term names are compared in: trimmed, NFC, lower case, and with the entities
 * WordPress stores in names ("A &amp; B") decoded, so "الاقتصاد" typed in another form, or
 * "Sports & Culture", finds the term already there instead of making a second one.
 */
export function termKey(name: string): string {
  return name
    .replace(/&(amp|lt|gt|quot|apos|#0?39);/g, (_, entity: string) => ENTITIES[entity] ?? '')
    .trim()
    .normalize('NFC')
    .toLowerCase()
}

/** One name's id: an existing term whose name matches, else a new one. */
async function termId(wp: WordPressRequester, taxonomy: Taxonomy, name: string): Promise<number> {
  const key = termKey(name)
  const found = parseAnswer(
    z.array(WpTerm),
    await wp.request(`wp/v2/${taxonomy}`, {
      query: { search: name, per_page: 100, _fields: 'id,name' },
    }),
    `${taxonomy} named “${name}”`,
  )
  const match = found.find((term) => termKey(term.name) === key)
  if (match) return match.id
  try {
    const created = await wp.request(`wp/v2/${taxonomy}`, { method: 'POST', json: { name } })
    return parseAnswer(WpTerm, created, `the new ${taxonomy} “${name}”`).id
  } catch (error) {
    // The search missed it (WordPress compares names its own way): use the one it has.
    if (error instanceof WordPressError && error.code === 'term_exists') {
      const data = TermExistsData.safeParse(error.data)
      if (data.success) return data.data.term_id
    }
    throw error
  }
}

/**
 * The ids of the terms named `names` in a taxonomy, in the same order with duplicates and empty
 * names left out, creating the ones the site lacks. One search per name: an article has a few.
 */
export async function termIds(
  wp: WordPressRequester,
  taxonomy: Taxonomy,
  names: readonly string[],
): Promise<number[]> {
  const seen = new Set<string>()
  const ids: number[] = []
  for (const raw of names) {
    const name = raw.trim().normalize('NFC')
    const key = termKey(name)
    if (!key || seen.has(key)) continue
    seen.add(key)
    const id = await termId(wp, taxonomy, name)
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}
