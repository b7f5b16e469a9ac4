import type { WordPressClient, WordPressPostFields } from './wordpress-client'
import { WordPressError } from './wordpress-error'
import type { MediaUpload } from './wordpress-media'
import { decodeSlug, type WpPost } from './wordpress-schemas'

/** An article as it goes to WordPress. */
export interface WordPressPost {
  title: string
  /** HTML. */
  content: string
  excerpt: string
  /** Sent as given (Arabic, NFC); WordPress keeps it percent-encoded. */
  slug: string
  status: 'publish' | 'future'
  /** ISO 8601 with an offset; required for `future` (when it goes live), optional otherwise. */
  date?: string
  /** Category and tag names; missing ones are created. */
  categories: string[]
  tags: string[]
  /** The featured image; null removes it, undefined leaves the post's as it is. */
  featuredImage?: MediaUpload | null
}

/** Where the post is now. */
export interface PublishedPost {
  id: number
  /** The post's address as WordPress gives it (percent-encoded; `?p=ID` for a draft). */
  link: string
  /** What WordPress made of it: `publish`, `future` or `draft`. */
  status: string
  /** The slug WordPress kept, decoded (it adds "-2" when the slug is taken). */
  slug: string
  /** True when the post `remoteId` named was gone and a new one was made in its place. */
  recreated?: true
}

/** An instant as WordPress reads `date_gmt`: UTC, to the second, without an offset. */
export function wordPressDateGmt(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) {
    throw new WordPressError('invalid_date', `“${iso}” is not a date.`)
  }
  return time.toISOString().slice(0, 19)
}

const result = (post: WpPost, recreated: boolean): PublishedPost => ({
  id: post.id,
  link: post.link,
  status: post.status,
  slug: decodeSlug(post.slug),
  ...(recreated ? { recreated: true as const } : {}),
})

/**
 * Publishes (or schedules) an article: resolves its category and tag names to ids, uploads or
 * reuses its featured image, then updates the post `remoteId` when the site still has it, so a
 * republish never makes a duplicate, or creates one. A post scheduled earlier that is now
 * published without a date goes live now rather than staying scheduled.
 */
export async function publishPost(
  client: WordPressClient,
  post: WordPressPost,
  remoteId?: number,
): Promise<PublishedPost> {
  if (post.status === 'future' && !post.date) {
    throw new WordPressError('invalid_date', 'A scheduled post needs the date it goes live.')
  }
  const categories = await client.termIds('categories', post.categories)
  const tags = await client.termIds('tags', post.tags)
  const fields: WordPressPostFields = {
    title: post.title,
    content: post.content,
    excerpt: post.excerpt,
    slug: post.slug.normalize('NFC'),
    status: post.status,
    categories,
    tags,
  }
  if (post.featuredImage === null) fields.featured_media = 0
  else if (post.featuredImage)
    fields.featured_media = (await client.ensureMedia(post.featuredImage)).id
  const existing = remoteId === undefined ? null : await client.getPost(remoteId)
  if (post.date) fields.date_gmt = wordPressDateGmt(post.date)
  else if (existing?.status === 'future')
    fields.date_gmt = wordPressDateGmt(new Date().toISOString())
  const saved = existing
    ? await client.updatePost(existing.id, fields)
    : await client.createPost(fields)
  return result(saved, remoteId !== undefined && !existing)
}

/**
 * Takes a post off the site by making it a draft (it stays in WordPress, and publishing again
 * brings it back at the same id). A post that is gone throws `rest_post_invalid_id` (404).
 */
export async function unpublishPost(
  client: WordPressClient,
  remoteId: number,
): Promise<PublishedPost> {
  return result(await client.updatePost(remoteId, { status: 'draft' }), false)
}
