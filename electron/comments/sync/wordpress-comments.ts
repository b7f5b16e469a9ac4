import { z } from 'zod'
import { TargetError } from '../../publish/publish-errors'
import type { TargetWithSecret } from '../../publish/targets/target-store'
import { WordPressError } from '../../publish/wordpress/wordpress-error'
import { WordPressRequester } from '../../publish/wordpress/wordpress-request'
import { parseAnswer } from '../../publish/wordpress/wordpress-schemas'

/**
 * A comment as `GET /wp/v2/comments?context=edit` gives it: only the fields the sync reads. The
 * site is untrusted input, so every field is checked; `status` stays a string because a comment
 * on a trashed post has WordPress's internal `post-trashed`, which the sync leaves alone.
 */
export const WpComment = z.object({
  id: z.number().int().positive(),
  post: z.number().int().nonnegative(),
  parent: z.number().int().nonnegative().default(0),
  author_name: z.string().default(''),
  author_email: z.string().default(''),
  author_url: z.string().default(''),
  /** UTC without an offset ("2026-05-01T09:30:00"). */
  date_gmt: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
  content: z.object({ raw: z.string() }),
  status: z.string(),
})
export type WpComment = z.infer<typeof WpComment>

/** What a push sends: WordPress's verbs ("approve", not the "approved" it answers with). */
export type StatusVerb = 'approve' | 'hold' | 'spam' | 'trash' | 'untrash' | 'unspam'

/** 100: the most the REST API gives in one page. */
export const PER_PAGE = 100
/** A guard against a site that pages forever: 100,000 comments in one listing. */
const MAX_PAGES = 1_000

const Title = z.object({ title: z.object({ raw: z.string().optional() }).optional() })

/**
 * The comment routes of the WordPress REST API, on the publish feature's requester (same auth,
 * timeouts and {@link WordPressError}s), so moderation talks to a site exactly the way
 * publishing does.
 */
export class WordPressComments {
  constructor(private readonly wp: WordPressRequester) {}

  /**
   * Every comment a listing gives, page after page (`context=edit`, so `content.raw`, the
   * author's email and the real status come back).
   */
  async list(query: Record<string, string | number | undefined>): Promise<WpComment[]> {
    const found: WpComment[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      let answer: unknown
      try {
        answer = await this.wp.request('wp/v2/comments', {
          query: { context: 'edit', per_page: PER_PAGE, ...query, page },
        })
      } catch (error) {
        // Asked for the page after a last page that happened to be full.
        if (error instanceof WordPressError && error.code === 'rest_comment_invalid_page_number')
          break
        throw error
      }
      const items = parseAnswer(z.array(WpComment), answer, 'the comments')
      found.push(...items)
      if (items.length < PER_PAGE) break
    }
    return found
  }

  /** One comment as the site has it now, or null when it is gone from the site. */
  async get(id: number): Promise<WpComment | null> {
    try {
      const answer = await this.wp.request(`wp/v2/comments/${id}`, { query: { context: 'edit' } })
      return parseAnswer(WpComment, answer, `comment ${id}`)
    } catch (error) {
      if (error instanceof WordPressError && error.code === 'rest_comment_invalid_id') return null
      throw error
    }
  }

  /** Sets a comment's status; the answer has the status WordPress really gave it. */
  async setStatus(id: number, status: StatusVerb): Promise<WpComment> {
    const answer = await this.wp.request(`wp/v2/comments/${id}`, {
      method: 'POST',
      query: { context: 'edit' },
      json: { status },
    })
    return parseAnswer(WpComment, answer, `comment ${id}`)
  }

  /**
   * The title of the post (or page) a comment is on, for comments on posts that are not a local
   * article; null when the site has no such post any more.
   */
  async postTitle(id: number): Promise<string | null> {
    for (const type of ['posts', 'pages']) {
      try {
        const answer = await this.wp.request(`wp/v2/${type}/${id}`, {
          query: { context: 'edit', _fields: 'id,title' },
        })
        return parseAnswer(Title, answer, `post ${id}`).title?.raw ?? ''
      } catch (error) {
        if (!(error instanceof WordPressError) || error.status !== 404) throw error
      }
    }
    return null
  }
}

/** The comments client for a target, or a failure saying why it cannot be reached. */
export function commentsClient(target: TargetWithSecret, timeoutMs?: number): WordPressComments {
  if (target.kind !== 'wordpress') throw new TargetError('not_wordpress', 'Not a WordPress target.')
  if (!target.appPassword)
    throw new TargetError(
      'no_password',
      `No Application Password is saved for ${target.name}; enter it in Targets.`,
    )
  return new WordPressComments(
    new WordPressRequester({
      url: target.url,
      user: target.user,
      appPassword: target.appPassword,
      ...(timeoutMs ? { timeoutMs } : {}),
    }),
  )
}
