import { ApiError } from '../../shared/api/errors'
import type { RuleSet } from '../../shared/comments/apply-rules'
import {
  Comment,
  CommentId,
  type ModerationActor,
  type ModerationEvent,
  wellFormed,
} from '../../shared/comments/comment-schema'
import { authorKey } from './comment-index'
import type { IncomingComment } from './incoming-comment'

/** What turning incoming comments into stored ones needs to know about the store. */
export interface ReceiveContext {
  rules: RuleSet
  /** Whether a comment with this id is stored. */
  has: (id: string) => boolean
  /** The stored id of a WordPress comment, by `targetId:remoteId`. */
  remote: (key: string) => string | undefined
  /** Whether the author (by authorKey) has an approved comment stored. */
  hasApproved: (key: string) => boolean
  /** Local articles by id and by slug: id and title. */
  articles: {
    byId: ReadonlyMap<string, string>
    bySlug: ReadonlyMap<string, { id: string; title: string }>
  }
  newId: () => string
}

/** A batch turned into comments, with the ids it skipped (already here). */
export interface Received {
  comments: Comment[]
  skipped: number
}

const clip = (text: string, max: number) =>
  wellFormed(text)
    .slice(0, max)
    .replace(/[\uD800-\uDBFF]$/, '')

/**
 * Turns a batch of incoming comments into stored ones: duplicates skipped (same id, or the same
 * WordPress site and remote id, already stored or earlier in the batch), ids kept when valid and
 * free, articles resolved (a local id, else a local slug, else none with the given title), replies
 * linked to parents in the batch or the store, and each status decided by the rules, recorded in
 * a `received` event. Every string is made well-formed; nothing is interpreted.
 */
export function receiveComments(
  incoming: readonly IncomingComment[],
  by: ModerationActor,
  at: string,
  context: ReceiveContext,
): Received {
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  const remotes = new Set<string>()
  const accepted: { item: IncomingComment; id: string }[] = []
  let skipped = 0
  for (const item of incoming) {
    const source = item.source
    const remote = source?.kind === 'wordpress' ? `${source.targetId}:${source.remoteId}` : null
    const given = item.id
    if (
      (given !== undefined && (context.has(given) || ids.has(given))) ||
      (remote !== null && (context.remote(remote) !== undefined || remotes.has(remote)))
    ) {
      skipped++
      continue
    }
    if (remote !== null) remotes.add(remote)
    let id =
      given !== undefined && CommentId.safeParse(given).success && !taken.has(given) ? given : ''
    while (!id || context.has(id) || taken.has(id)) id = `c-${context.newId()}`
    taken.add(id)
    if (given !== undefined) ids.set(given, id)
    accepted.push({ item, id })
  }
  const approvedNow = new Set<string>()
  const comments = accepted.map(({ item, id }, n) => {
    const author = {
      name: clip(item.author.name, 500),
      email: clip(item.author.email ?? '', 500),
      url: clip(item.author.url ?? '', 2_000),
    }
    const body = clip(item.body, 2_000_000)
    const key = authorKey({ author, reply: null })
    const decision = context.rules.decide(
      { author, body },
      item.status,
      () => context.hasApproved(key) || approvedNow.has(key),
      { published: item.source?.kind === 'wordpress' },
    )
    if (decision.status === 'approved') approvedNow.add(key)
    const article = resolveArticle(item.article, context.articles)
    const parent = item.parentId ?? null
    const event: ModerationEvent = {
      action: 'received',
      by: decision.match ? { kind: 'rule', match: decision.match } : by,
      at,
      to: decision.status,
    }
    const parsed = Comment.safeParse({
      id,
      articleId: article.id,
      articleTitle: article.title,
      author,
      body,
      createdAt: item.createdAt,
      status: decision.status,
      source: item.source ?? { kind: 'local' },
      parentId: parent === null ? null : (ids.get(parent) ?? (context.has(parent) ? parent : null)),
      reply: null,
      match: decision.match,
      conflict: null,
      history: [event],
      version: 1,
    })
    if (!parsed.success) {
      throw new ApiError(
        'invalid_argument',
        `Comment ${n + 1} of the batch (${item.id ?? id}) is not a valid comment: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
      )
    }
    return parsed.data
  })
  return { comments, skipped }
}

function resolveArticle(
  article: IncomingComment['article'],
  local: ReceiveContext['articles'],
): { id: string | null; title: string } {
  const byId = article.id !== undefined ? local.byId.get(article.id) : undefined
  if (article.id !== undefined && byId !== undefined) return { id: article.id, title: byId }
  const bySlug = article.slug ? local.bySlug.get(article.slug) : undefined
  if (bySlug) return bySlug
  return { id: null, title: clip(article.title ?? '', 1_000) }
}
