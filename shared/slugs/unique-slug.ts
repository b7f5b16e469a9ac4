import { MAX_SLUG_LENGTH, slugKey } from '../publish/slug'

/**
 * The slugs already in use, in the form they compare in ({@link slugKey}): built once for a
 * newsroom's list and asked many times (every keystroke of a headline whose slug follows it).
 */
export class TakenSlugs {
  private readonly keys: Set<string>

  constructor(slugs: Iterable<string>) {
    this.keys = new Set()
    for (const slug of slugs) if (slug.trim()) this.keys.add(slugKey(slug.trim()))
  }

  has(slug: string): boolean {
    return this.keys.has(slugKey(slug))
  }
}

/** `stem-n`, the stem cut (between code points, no hyphen left at its end) to keep within the limit. */
function numbered(base: string, n: number): string {
  const suffix = `-${n}`
  const room = MAX_SLUG_LENGTH - suffix.length
  const stem = [...base].slice(0, room).join('').replace(/-+$/, '')
  return `${stem}${suffix}`
}

/**
 * `base`, or when another article has it (compared as file systems and addresses do, without
 * case), `base-2`, `base-3`… the first one free, within `MAX_SLUG_LENGTH`: two articles with the
 * same headline must not be published at the same address. '' stays '' (no slug yet).
 */
export function uniqueSlug(base: string, taken: Iterable<string> | TakenSlugs): string {
  if (!base) return ''
  const used = taken instanceof TakenSlugs ? taken : new TakenSlugs(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = numbered(base, n)
    if (!used.has(candidate)) return candidate
  }
}
