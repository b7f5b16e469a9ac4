import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ArticleId } from '../../../shared/articles/article-schema'

/** The file in a site's root that marks it as Midad's and says what each of its files holds. */
export const MANIFEST_FILE = '.midad-site.json'

/**
 * A path inside the site: relative, "/"-separated, no "." or ".." segment and no characters a
 * file system could read as something else. A manifest is read from disk, so a hand-edited one
 * must not be able to make the export read or link a file outside the site.
 */
const SitePath = z
  .string()
  .max(1000)
  .regex(
    /^[\p{L}\p{M}\p{N}_-][\p{L}\p{M}\p{N}_.-]*(?:\/[\p{L}\p{M}\p{N}_-][\p{L}\p{M}\p{N}_.-]*)*$/u,
  )

/** What the site's list pages and feed need of an article, kept so an unchanged one is not read. */
export const SiteArticle = z.object({
  revision: z.number().int().min(1),
  updatedAt: z.string(),
  createdAt: z.string(),
  /** Its page, relative to the site's root. */
  path: SitePath,
  title: z.string(),
  description: z.string(),
  byline: z.string(),
  tags: z.array(z.string()),
  /** The images its page shows, as site paths under `assets/images/`. */
  images: z.array(SitePath),
})
export type SiteArticle = z.infer<typeof SiteArticle>

/** `.midad-site.json`. */
export const SiteManifest = z.object({
  format: z.literal(1),
  /**
   * What the pages were rendered with (Midad's build, the site's name and address, the digits):
   * when it differs, every page is rendered again.
   */
  fingerprint: z.string(),
  /** Every file of the site, with the SHA-256 of its content (an image: its name). */
  files: z.record(SitePath, z.string()),
  articles: z.record(ArticleId, SiteArticle),
})
export type SiteManifest = z.infer<typeof SiteManifest>

/**
 * The manifest of the site in `outDir`: null when there is none, 'damaged' when there is one
 * that does not parse (the folder is still Midad's, but nothing in it can be trusted as current).
 */
export async function readManifest(outDir: string): Promise<SiteManifest | null | 'damaged'> {
  let text: string
  try {
    text = await readFile(join(outDir, MANIFEST_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const parsed = SiteManifest.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : 'damaged'
  } catch {
    return 'damaged'
  }
}
