import type { Article } from '../../shared/articles/article-schema'
import type { Publication } from '../../shared/publish/publication-schema'
import type { PublishJob } from '../../shared/publish/publish-job'
import type { ArticleStore } from '../articles/article-store'
import type { SettingsStore } from '../settings/settings-store'
import type { DataLayout } from '../store/data-layout'
import { publishToFolder } from './folder/folder-publisher'
import type { JobResult } from './jobs/job-runner'
import type { JobStore } from './jobs/job-store'
import { liveElsewhere, publicationOn, withPublication } from './publication-records'
import { TargetError } from './publish-errors'
import type { TargetStore, TargetWithSecret } from './targets/target-store'
import { publishToWordPress, unpublishFromWordPress } from './wordpress-target'

export interface PublishJobDeps {
  layout: DataLayout
  articles: ArticleStore
  settings: SettingsStore
  targets: TargetStore
  jobs: JobStore
  now: () => Date
  /** How long one WordPress request may take. */
  timeoutMs?: number | undefined
}

/** Where the job left the article on its target. */
interface Outcome extends JobResult {
  state: Publication['state']
  scheduledFor?: string
}

/**
 * Does one publish job: renders the article as it is now (with the job's correction note) to the
 * target, then records the result on the article: its status, the publication (link, WordPress
 * id, the revision that went out), the correction, and the workflow step.
 */
export async function runPublishJob(
  deps: PublishJobDeps,
  job: PublishJob,
  signal: AbortSignal,
): Promise<JobResult> {
  const article = await deps.articles.get(job.articleId).catch(() => {
    throw new TargetError('not_found', 'The article no longer exists.')
  })
  let target: TargetWithSecret
  try {
    target = deps.targets.withSecret(job.targetId)
  } catch (error) {
    throw new TargetError('no_target', (error as Error).message)
  }
  const by = deps.settings.get().displayName
  const at = deps.now().toISOString()
  const correction = job.correction ? { note: job.correction, at, by } : null
  const outgoing: Article = {
    ...article,
    status: 'published',
    ...(correction ? { corrections: [...(article.corrections ?? []), correction] } : {}),
  }
  const outcome = await deliver(deps, job, target, outgoing, signal)
  const published = outcome.state !== 'draft'
  await deps.articles.update(
    article.id,
    (current) => ({
      status: published
        ? outcome.state === 'scheduled'
          ? 'scheduled'
          : 'published'
        : liveElsewhere(current, target.id)
          ? current.status
          : 'draft',
      publications: withPublication(current, {
        targetId: target.id,
        targetName: target.name,
        kind: target.kind,
        state: outcome.state,
        link: outcome.link,
        ...(outcome.remoteId ? { remoteId: outcome.remoteId } : {}),
        // This very save only records the publication, so its revision has the published text
        // (unless an editor saved in between).
        revision: current.revision === article.revision ? current.revision + 1 : article.revision,
        at,
        by,
        ...(outcome.scheduledFor ? { scheduledFor: outcome.scheduledFor } : {}),
      }),
      ...(correction ? { corrections: [...(current.corrections ?? []), correction] } : {}),
    }),
    target.name,
  )
  return { link: outcome.link, ...(outcome.remoteId ? { remoteId: outcome.remoteId } : {}) }
}

async function deliver(
  deps: PublishJobDeps,
  job: PublishJob,
  target: TargetWithSecret,
  article: Article,
  signal: AbortSignal,
): Promise<Outcome> {
  const settings = deps.settings.get()
  if (target.kind === 'folder') {
    const { link, members } = await publishToFolder(
      {
        layout: deps.layout,
        settings,
        summaries: () => deps.articles.list(),
        read: (id) => deps.articles.get(id),
      },
      {
        dir: target.dir,
        members: deps.jobs.folderSite(target.id),
        article,
        action: job.action,
        signal,
      },
    )
    await deps.jobs.setFolderSite(target.id, members)
    return { link, state: job.action === 'publish' ? 'published' : 'draft' }
  }
  const remoteId = publicationOn(article, target.id)?.remoteId
  const context = {
    target,
    mediaDir: deps.layout.mediaDir,
    digits: settings.digits,
    timeoutMs: deps.timeoutMs,
  }
  if (job.action === 'unpublish') {
    if (!remoteId)
      throw new TargetError('not_published', `This article was never published to ${target.name}.`)
    const post = await unpublishFromWordPress(context, remoteId)
    return { link: post.link, remoteId: post.id, state: 'draft' }
  }
  const post = await publishToWordPress(context, article, {
    remoteId,
    schedule: job.schedule,
    retry: job.attempts > 1,
  })
  return {
    link: post.link,
    remoteId: post.id,
    state: post.status === 'future' ? 'scheduled' : 'published',
    ...(post.status === 'future' && job.schedule ? { scheduledFor: job.schedule } : {}),
  }
}
