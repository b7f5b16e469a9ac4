import { z } from 'zod'
import { WordPressError } from './wordpress-error'

/**
 * The parts of WordPress's REST answers Midad reads, checked before use: a site is untrusted
 * input, and a plugin or a proxy may answer with something else entirely. Unknown fields are
 * dropped.
 */

/** `GET /wp/v2/users/me`: who the Application Password belongs to. */
export const WpUser = z.object({ id: z.number().int(), name: z.string(), slug: z.string() })
export type WpUser = z.infer<typeof WpUser>

/** A post as `context=edit` gives it (the fields publishing needs). */
export const WpPost = z.object({
  id: z.number().int().positive(),
  /** The public address; percent-encoded for an Arabic slug, `?p=ID` for a draft. */
  link: z.string(),
  status: z.string(),
  /** Percent-encoded in lower case for an Arabic slug: compare after `decodeURIComponent`. */
  slug: z.string(),
  /** UTC, without an offset ("2026-05-01T09:30:00"); null for a draft never dated. */
  date_gmt: z.string().nullable().optional(),
  featured_media: z.number().int().optional(),
  title: z.object({ raw: z.string().optional(), rendered: z.string().optional() }).optional(),
  categories: z.array(z.number().int()).optional(),
  tags: z.array(z.number().int()).optional(),
})
export type WpPost = z.infer<typeof WpPost>

/** A category or tag. */
export const WpTerm = z.object({ id: z.number().int().positive(), name: z.string() })
export type WpTerm = z.infer<typeof WpTerm>

/** A media item (attachment). */
export const WpMedia = z.object({
  id: z.number().int().positive(),
  source_url: z.string(),
  slug: z.string(),
  alt_text: z.string().optional(),
})
export type WpMedia = z.infer<typeof WpMedia>

/** `term_exists`'s data: the id of the term that is already there. */
export const TermExistsData = z.object({ term_id: z.number().int().positive() })

/** Checks an answer against `schema`; an answer of another shape is not WordPress's. */
export function parseAnswer<T>(schema: z.ZodType<T>, answer: unknown, what: string): T {
  const parsed = schema.safeParse(answer)
  if (parsed.success) return parsed.data
  throw new WordPressError(
    'not_wordpress',
    `The site's answer for ${what} is not what a WordPress REST API gives ` +
      `(${parsed.error.issues[0]?.path.join('.') || 'the answer'}: ${parsed.error.issues[0]?.message}).`,
  )
}

/** A slug as WordPress returns it, decoded ("%d8%b2…" → "ز…"); left as is when not encoded. */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).normalize('NFC')
  } catch {
    return slug
  }
}
