import type { HandlerMap } from '../../shared/api/define'
import { COMMENT_STATUSES, type QueueCounts } from '../../shared/comments/comment-schema'
import type { commentsContract } from '../../shared/comments/comments-contract'
import type { CommentService } from './comment-service'
import { parseCommentFile } from './import/parse-comment-file'

/** The methods the WordPress sync implements (electron/comments/sync). */
export type CommentSyncMethods = 'comments.sync' | 'comments.syncState' | 'comments.resolve'

/** The comments domain's implementation of the contract, except sync. Arguments arrive validated. */
export function commentsHandlers(
  service: CommentService,
): Omit<HandlerMap<typeof commentsContract>, CommentSyncMethods> {
  return {
    'comments.list': (query) => service.list(query),
    'comments.get': ({ id }) => service.get(id),
    'comments.counts': () => service.counts(),
    'comments.articles': () => service.articles(),
    'comments.author': ({ id }) => service.author(id),
    'comments.moderate': ({ ids, action }) => service.moderate(ids, action),
    'comments.delete': ({ ids }) => service.delete(ids),
    'comments.reply': ({ parentId, body }) => service.reply(parentId, body),
    'comments.edit': ({ id, body }) => service.edit(id, body),
    'comments.undo': ({ actionId }) => service.undo(actionId),
    'comments.rules.get': () => service.rules(),
    'comments.rules.set': (rules) => service.setRules(rules),
    'comments.audit': ({ limit }) => service.audit(limit),
    'comments.import': async ({ text, format }) => {
      // Parsed before the store is touched: a bad file changes nothing.
      const incoming = parseCommentFile(text, format)
      const { added, skipped } = await service.receive(incoming, { kind: 'import' })
      const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as QueueCounts
      for (const comment of added) counts[comment.status]++
      return { added: added.length, skipped, counts }
    },
  }
}
