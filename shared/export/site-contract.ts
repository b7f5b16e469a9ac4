import { z } from 'zod'
import { method } from '../api/define'

/** Which articles a site export takes: only the published ones, or every article. */
export const SiteSelection = z.enum(['published', 'all'])
export type SiteSelection = z.infer<typeof SiteSelection>

/** What a site export job is doing; `articles` and `pages` are the long phases. */
export const SitePhase = z.enum(['checking', 'articles', 'pages', 'finishing'])
export type SitePhase = z.infer<typeof SitePhase>

/**
 * What a user should know about a finished export, as codes each side words in its language:
 * `no_site_address`: no address is set, so the feed and sitemap point at the folder itself.
 */
export const SiteWarning = z.enum(['no_site_address'])
export type SiteWarning = z.infer<typeof SiteWarning>

/** How a finished site export went: what it wrote and what it left as it was. */
export const SiteExportResult = z.object({
  /** The folder the site is in. */
  outDir: z.string(),
  /** Articles in the site. */
  articles: z.number().int().min(0),
  /** Article pages rendered again because the article (or the site's settings) changed. */
  rendered: z.number().int().min(0),
  /** Files written (pages, listings, feed, sitemap, assets). */
  written: z.number().int().min(0),
  /** Files kept from the last export because their content is the same. */
  unchanged: z.number().int().min(0),
  /** Files of the last export that the site no longer has (a deleted article, an emptied tag). */
  removed: z.number().int().min(0),
  /** True when nothing had changed since the last export, so nothing at all was written. */
  upToDate: z.boolean(),
  /** Things the user should know, e.g. that no site address is set. */
  warnings: z.array(SiteWarning),
})
export type SiteExportResult = z.infer<typeof SiteExportResult>

/**
 * Why a site export was refused or failed, as a code each side words in its language: the folder
 * is a relative path, inside (or holding) the data directory, in a folder that does not exist, a
 * file, not empty and not Midad's; or writing failed: the disk is full, read-only, not allowed,
 * in use by another program, or something else (see the message).
 */
export const SiteProblem = z.enum([
  'relative_path',
  'inside_data',
  'no_parent',
  'not_a_folder',
  'not_empty',
  'disk_full',
  'read_only',
  'permission',
  'busy',
  'other',
])
export type SiteProblem = z.infer<typeof SiteProblem>

/** A site export job as the UI polls it. */
export const SiteJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: SitePhase,
  /** Articles handled so far, out of `total`. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Why it failed, in words for the user; null unless `state` is "failed". */
  error: z.string().nullable(),
  /** Why it failed, as a code; null unless `state` is "failed". */
  problem: SiteProblem.nullable(),
  result: SiteExportResult.nullable(),
})
export type SiteJob = z.infer<typeof SiteJob>

const JobId = z.string().regex(/^[a-z0-9-]{1,64}$/)

/**
 * Exporting the whole newsroom as a static site. It runs as a job, so the UI can show progress
 * and cancel: `export.siteStart` checks the folder and returns at once; `export.siteJob` reports.
 */
export const siteContract = {
  /**
   * Starts exporting the site into `outDir` (an absolute path; created if missing). A folder that
   * is not empty and was not made by a Midad site export is refused, as is a folder holding the
   * data directory. One export runs at a time.
   */
  'export.siteStart': method(
    z
      .object({
        outDir: z.string().trim().min(1).max(4096),
        articles: SiteSelection.default('published'),
      })
      .strict(),
    SiteJob,
  ),
  /** The job's progress, or its outcome once it has ended. */
  'export.siteJob': method(z.object({ jobId: JobId }).strict(), SiteJob),
  /** Asks the job to stop; the folder is left exactly as it was before the export started. */
  'export.siteCancel': method(z.object({ jobId: JobId }).strict(), SiteJob),
  /** The folder to suggest: the last one exported to, else "Midad site" in the home folder. */
  'export.siteDefaults': method(z.object({}).strict(), z.object({ outDir: z.string() })),
} as const
