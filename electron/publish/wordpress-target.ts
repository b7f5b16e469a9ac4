import type { Article } from '../../shared/articles/article-schema'
import type { Digits } from '../../shared/settings/settings-schema'
import { TargetError } from './publish-errors'
import type { TargetWithSecret } from './targets/target-store'
import { WordPressClient } from './wordpress/wordpress-client'
import { WordPressError } from './wordpress/wordpress-error'
import { publishPost, unpublishPost } from './wordpress/wordpress-publish'
import { readMedia, wordPressContent } from './wordpress-content'

/** What talking to one WordPress target needs. */
export interface WordPressContext {
  target: TargetWithSecret
  mediaDir: string
  digits: Digits
  timeoutMs?: number | undefined
}

/** A client for the target, or a failure saying its password is missing. */
export function clientFor(
  context: Pick<WordPressContext, 'target' | 'timeoutMs'>,
): WordPressClient {
  const { target } = context
  if (target.kind !== 'wordpress') throw new TargetError('not_wordpress', 'Not a WordPress target.')
  if (!target.appPassword)
    throw new TargetError(
      'no_password',
      `No Application Password is saved for ${target.name}; enter it in Targets.`,
    )
  return new WordPressClient({
    url: target.url,
    user: target.user,
    appPassword: target.appPassword,
    ...(context.timeoutMs ? { timeoutMs: context.timeoutMs } : {}),
  })
}

/**
 * Publishes (or schedules) an article as a WordPress post: its images and featured image uploaded
 * once each, its category and tags as term ids, its slug as it is (WordPress percent-encodes an
 * Arabic one). With the post id of an earlier publish, that post is updated, never duplicated.
 */
export async function publishToWordPress(
  context: WordPressContext,
  article: Article,
  options: { remoteId: number | undefined; schedule: string | null; retry: boolean },
) {
  const client = clientFor(context)
  // Who we are first: a wrong password then fails with WordPress's own "invalid application
  // password", not with whatever the first upload happens to be refused for.
  await client.me()
  const content = await wordPressContent(article, {
    digits: context.digits,
    imageUrl: async (src) =>
      (await client.ensureMedia({ ...(await readMedia(context.mediaDir, src)), alt: '' })).url,
  })
  const featured = article.featuredImage
  // A retry of a first publish may find the post a lost try made: same slug and same title (a
  // post of someone else's with that slug is left alone; ours then gets WordPress's "-2").
  const lost =
    options.remoteId === undefined && options.retry
      ? await client.findPostBySlug(article.slug.trim())
      : null
  const remoteId = options.remoteId ?? (lost?.title?.raw === article.title ? lost.id : undefined)
  return publishPost(
    client,
    {
      title: article.title,
      content,
      excerpt: article.excerpt.trim() || article.standfirst.trim(),
      slug: article.slug.trim(),
      status: options.schedule ? 'future' : 'publish',
      ...(options.schedule ? { date: options.schedule } : {}),
      categories: article.category.trim() ? [article.category.trim()] : [],
      tags: article.tags,
      featuredImage: featured
        ? { ...(await readMedia(context.mediaDir, featured.src)), alt: featured.alt }
        : null,
    },
    remoteId,
  )
}

/** Sets the post back to draft: it leaves the site, and stays in WordPress to publish again. */
export async function unpublishFromWordPress(context: WordPressContext, remoteId: number) {
  const client = clientFor(context)
  await client.me()
  try {
    return await unpublishPost(client, remoteId)
  } catch (error) {
    // Deleted on the site already: it is off the site, which is what was asked.
    if (error instanceof WordPressError && error.code === 'rest_post_invalid_id')
      return { id: remoteId, link: client.url, status: 'draft' }
    throw error
  }
}
