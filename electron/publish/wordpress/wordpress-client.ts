import { WordPressError } from './wordpress-error'
import { ensureMedia, type MediaUpload, type RemoteMedia } from './wordpress-media'
import { WordPressRequester } from './wordpress-request'
import { parseAnswer, WpPost, WpUser } from './wordpress-schemas'
import { type Taxonomy, termIds } from './wordpress-terms'

/** How to reach a WordPress site. */
export interface WordPressClientOptions {
  /** The site root ("https://example.com/" or "https://example.com/news/"). */
  url: string
  /** The login name the Application Password belongs to. */
  user: string
  /** The Application Password (WordPress ignores the spaces it shows it with). */
  appPassword: string
  /** How long one request may take before it counts as unreachable; 30 s by default. */
  timeoutMs?: number
  /** The fetch to use; the global one of Node by default. */
  fetch?: typeof fetch
}

/** The post fields Midad writes, as the REST API names them. */
export interface WordPressPostFields {
  title?: string
  /** HTML. */
  content?: string
  excerpt?: string
  /** Sent as is (Arabic, NFC); WordPress stores it percent-encoded. */
  slug?: string
  status?: 'publish' | 'future' | 'draft'
  /** UTC without an offset ("2026-05-01T09:30:00"), as WordPress reads `date_gmt`. */
  date_gmt?: string
  categories?: number[]
  tags?: number[]
  /** A media id, or 0 for none. */
  featured_media?: number
}

/**
 * A small client for the WordPress REST API (`/wp/v2`) with an Application Password: only what
 * publishing an article needs. Every failure is a {@link WordPressError} whose `retryable` tells
 * the publish queue whether to try again later. Runs in Node (no Electron), so it is tested
 * against a real WordPress.
 */
export class WordPressClient {
  private readonly wp: WordPressRequester

  constructor(options: WordPressClientOptions) {
    this.wp = new WordPressRequester(options)
  }

  /** The site root, normalised to end in "/". */
  get url(): string {
    return this.wp.root.href
  }

  /** Who the password belongs to: "Test connection" shows the name, and it proves the login. */
  async me(): Promise<WpUser> {
    // The default (view) context: it has the name, and any role may ask for it.
    const answer = await this.wp.request('wp/v2/users/me')
    return parseAnswer(WpUser, answer, 'the current user')
  }

  /** A post as it is now, or null when the site has no post with that id (deleted for good). */
  async getPost(id: number): Promise<WpPost | null> {
    try {
      const answer = await this.wp.request(`wp/v2/posts/${id}`, { query: { context: 'edit' } })
      return parseAnswer(WpPost, answer, `post ${id}`)
    } catch (error) {
      if (error instanceof WordPressError && error.code === 'rest_post_invalid_id') return null
      throw error
    }
  }

  /**
   * The post with this slug in any state but trash, or null: how a retried publish finds the post
   * an earlier try created before its answer was lost, instead of making a second one.
   */
  async findPostBySlug(slug: string): Promise<WpPost | null> {
    const answer = await this.wp.request('wp/v2/posts', {
      query: { slug, status: 'publish,future,draft,pending,private', context: 'edit' },
    })
    const posts = Array.isArray(answer) ? answer : []
    return posts.length ? parseAnswer(WpPost, posts[0], `the post "${slug}"`) : null
  }

  /** Creates a post; WordPress's answer has its id, link and the status it really got. */
  async createPost(fields: WordPressPostFields): Promise<WpPost> {
    const answer = await this.wp.request('wp/v2/posts', { method: 'POST', json: fields })
    return parseAnswer(WpPost, answer, 'the new post')
  }

  /** Changes the given fields of a post; a gone post throws `rest_post_invalid_id` (404). */
  async updatePost(id: number, fields: WordPressPostFields): Promise<WpPost> {
    const answer = await this.wp.request(`wp/v2/posts/${id}`, { method: 'POST', json: fields })
    return parseAnswer(WpPost, answer, `post ${id}`)
  }

  /** The ids of categories or tags by name, creating the missing ones (see `termIds`). */
  termIds(taxonomy: Taxonomy, names: readonly string[]): Promise<number[]> {
    return termIds(this.wp, taxonomy, names)
  }

  /** The media item for an image, uploaded only the first time (see `ensureMedia`). */
  ensureMedia(image: MediaUpload): Promise<RemoteMedia> {
    return ensureMedia(this.wp, image)
  }
}
