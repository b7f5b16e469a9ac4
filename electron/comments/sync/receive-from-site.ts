import type { Comment, ModerationActor } from '../../../shared/comments/comment-schema'
import type { IncomingComment } from '../incoming-comment'
import type { ArticleIndex } from './article-index'
import { type ChangeDeps, wordpressSource } from './comment-changes'
import { incomingFrom, SITE_STATUS, siteStatusOf } from './site-status'
import type { SyncFile } from './sync-file'
import type { WordPressComments, WpComment } from './wordpress-comments'

/** What takes new comments in: `CommentService.receive` (dedupe, rules, history, audit). */
export interface CommentReceiver {
  receive(
    incoming: IncomingComment[],
    by: ModerationActor,
  ): Promise<{ added: Comment[]; skipped: number }>
}

/** What fetching needs besides the site. */
export interface FetchDeps extends ChangeDeps {
  file: SyncFile
  receiver: CommentReceiver
  articles: ArticleIndex
}

/**
 * The article a post's comments are on: the local article published as that post, else the
 * post's title from the site. Looked up once per post and remembered in sync.json.
 */
async function articleOf(
  deps: FetchDeps,
  api: WordPressComments,
  targetId: string,
  postId: number,
): Promise<IncomingComment['article']> {
  const known = deps.file.target(targetId).posts[String(postId)]
  if (known)
    return known.articleId ? { id: known.articleId, title: known.title } : { title: known.title }
  const article = postId ? await deps.articles.find(targetId, postId) : null
  const post = article
    ? { articleId: article.id, title: article.title }
    : { articleId: null, title: (postId ? await api.postTitle(postId) : null) ?? '' }
  deps.file.rememberPost(targetId, postId, post)
  return post.articleId ? { id: post.articleId, title: post.title } : { title: post.title }
}

/**
 * Hands new remote comments (oldest first, so a reply's parent is stored before it) to the
 * receiver, and queues a push for each one the rules moved (a held comment they sent to Spam).
 * Returns how many were added and how many pushes were queued.
 */
export async function receiveFromSite(
  deps: FetchDeps,
  api: WordPressComments,
  targetId: string,
  fresh: readonly WpComment[],
  _actionId: string,
): Promise<{ added: number; queued: number }> {
  const at = deps.now().toISOString()
  const incoming: IncomingComment[] = []
  for (const remote of fresh) {
    const status = siteStatusOf(remote)
    if (!status) continue
    const article = await articleOf(deps, api, targetId, remote.post)
    incoming.push(incomingFrom(targetId, remote, status, article, at))
  }
  const { added } = await deps.receiver.receive(incoming, { kind: 'site', targetId })
  let queued = 0
  for (const comment of added) {
    const source = wordpressSource(comment)
    if (!source || SITE_STATUS[comment.status] === source.siteStatus) continue
    deps.file.enqueue({
      commentId: comment.id,
      targetId,
      remoteId: source.remoteId,
      status: comment.status,
      baseStatus: source.siteStatus,
      baseBody: source.siteBody,
      queuedAt: at,
      attempts: 0,
      lastError: null,
    })
    queued++
  }
  return { added: added.length, queued }
}
