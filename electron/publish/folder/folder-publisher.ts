import { join } from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import {
  type Article,
  type ArticleSummary,
  summarize,
} from '../../../shared/articles/article-schema'
import type { Settings } from '../../../shared/settings/settings-schema'
import { exportSite } from '../../export/site/export-site'
import { articlePaths, urlPath } from '../../export/site/site-paths'
import type { DataLayout } from '../../store/data-layout'
import type { JobResult } from '../jobs/job-runner'
import { TargetError } from '../publish-errors'

/** What a folder publish needs from the rest of the backend. */
export interface FolderPublishDeps {
  layout: DataLayout
  settings: Pick<Settings, 'digits' | 'siteTitle' | 'siteUrl'>
  /** Every article's summary (the store's list). */
  summaries: () => ArticleSummary[]
  read: (id: string) => Promise<Article>
}

export interface FolderPublish {
  dir: string
  /** The articles the folder's site holds now. */
  members: readonly string[]
  /** The article as it is to appear (with its new correction), or its id to take it off. */
  article: Article
  action: 'publish' | 'unpublish'
  signal: AbortSignal
}

/**
 * Publishes to (or unpublishes from) a folder target: the folder's static site is exported again
 * (incrementally: only what changed is written) with the articles published there, this one
 * added or taken off. Returns the page's address (or file) and the site's new members.
 */
export async function publishToFolder(
  deps: FolderPublishDeps,
  job: FolderPublish,
): Promise<JobResult & { members: string[] }> {
  const { article } = job
  const members = new Set(job.members)
  if (job.action === 'publish') members.add(article.id)
  else members.delete(article.id)
  const summaries = deps
    .summaries()
    .filter((s) => members.has(s.id) && s.id !== article.id)
    .map((s) => ({ ...s, status: 'published' as const }))
  if (job.action === 'publish') summaries.push({ ...summarize(article), status: 'published' })
  try {
    await exportSite({
      articles: {
        list: () => summaries,
        get: async (id) =>
          id === article.id ? article : { ...(await deps.read(id)), status: 'published' },
      },
      dataDir: deps.layout.root,
      mediaDir: deps.layout.mediaDir,
      outDir: job.dir,
      selection: 'published',
      settings: deps.settings,
      signal: job.signal,
    })
  } catch (error) {
    throw folderFailure(error)
  }
  const kept = summaries.map((s) => s.id)
  if (job.action === 'unpublish') return { link: deps.settings.siteUrl || job.dir, members: kept }
  const path = articlePaths(summaries).get(article.id) ?? ''
  const link = deps.settings.siteUrl
    ? new URL(urlPath(path), deps.settings.siteUrl).href
    : join(job.dir, path)
  return { link, members: kept }
}

/** A folder that cannot be written fails the job with the reason; a busy file is tried again. */
function folderFailure(error: unknown): TargetError {
  const problem =
    error instanceof ApiError && typeof error.details?.problem === 'string'
      ? error.details.problem
      : 'folder'
  const message = error instanceof Error ? error.message : String(error)
  return new TargetError(problem, message, problem === 'busy')
}
