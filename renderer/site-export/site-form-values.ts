import { ApiError } from '../../shared/api/errors'
import type { SiteSelection } from '../../shared/export/site-contract'
import { send } from '../api/send'

/** The site's name and address as settings keep them; the dialog edits and saves them. */
export interface SiteSettings {
  siteTitle: string
  siteUrl: string
}

/** Everything the Export site dialog asks for. */
export interface SiteFormValues extends SiteSettings {
  outDir: string
  articles: SiteSelection
}

/** What the dialog opens with: its values, the settings as stored, and what could not be read. */
export interface SiteFormStart {
  values: SiteFormValues
  /** The stored name and address, to save only what was changed; null when they could not be read. */
  stored: SiteSettings | null
  /** Why the suggested folder or the settings could not be read; the dialog still opens. */
  error: string | null
}

/**
 * Reads the suggested folder (`export.siteDefaults`) and the site's name and address (settings)
 * before the dialog opens, so it opens filled in. Either may fail (an older backend, an
 * unreachable one): the dialog then opens with empty fields and says why.
 */
export async function loadSiteForm(): Promise<SiteFormStart> {
  const [defaults, settings] = await Promise.allSettled([
    send('export.siteDefaults', {}),
    send('settings.get', {}),
  ])
  const stored =
    settings.status === 'fulfilled'
      ? { siteTitle: settings.value.siteTitle, siteUrl: settings.value.siteUrl }
      : null
  const failed = [defaults, settings].find((r) => r.status === 'rejected')
  return {
    values: {
      outDir: defaults.status === 'fulfilled' ? defaults.value.outDir : '',
      articles: 'published',
      siteTitle: stored?.siteTitle ?? '',
      siteUrl: stored?.siteUrl ?? '',
    },
    stored,
    error: failed ? ((failed.reason as Error).message ?? String(failed.reason)) : null,
  }
}

/** How saving the site's name and address went; a refusal says which field it was about. */
export type SaveSiteOutcome =
  | { ok: true; saved: SiteSettings }
  | { ok: false; field: keyof SiteSettings | null; message: string }

/** The field of `settings.update` that an invalid_argument error is about, if it names one. */
function refusedField(error: unknown): keyof SiteSettings | null {
  if (!(error instanceof ApiError) || error.code !== 'invalid_argument') return null
  const issues = error.details?.issues
  if (!Array.isArray(issues)) return null
  for (const issue of issues as { path?: unknown }[]) {
    const head = Array.isArray(issue.path) ? issue.path[0] : undefined
    if (head === 'siteUrl' || head === 'siteTitle') return head
  }
  return null
}

/**
 * Saves the site's name and address with `settings.update` when they differ from what is stored
 * (so a read-only window, which cannot change them, still exports). The backend is the one judge
 * of a valid address: it answers invalid_argument, and the dialog shows that next to the field.
 */
export async function saveSiteSettings(
  next: SiteSettings,
  stored: SiteSettings | null,
): Promise<SaveSiteOutcome> {
  if (stored && stored.siteTitle === next.siteTitle && stored.siteUrl === next.siteUrl) {
    return { ok: true, saved: stored }
  }
  try {
    const settings = await send('settings.update', next)
    return { ok: true, saved: { siteTitle: settings.siteTitle, siteUrl: settings.siteUrl } }
  } catch (error) {
    return { ok: false, field: refusedField(error), message: (error as Error).message }
  }
}
