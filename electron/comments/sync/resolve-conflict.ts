import { ApiError } from '../../../shared/api/errors'
import { type ModerationEvent, summarizeComment } from '../../../shared/comments/comment-schema'
import type { ActionResult } from '../../../shared/comments/comments-contract'
import { changed } from '../moderation'
import { type ChangeDeps, changeComment, newActionId, withSite } from './comment-changes'
import { LOCAL_STATUS } from './site-status'
import type { SyncFile } from './sync-file'

export interface ResolveDeps extends ChangeDeps {
  file: SyncFile
  /** The moderator's display name, for the history and the audit log. */
  moderator: () => string
  /** Starts pushing the queue in the background. */
  kick: () => void
}

/**
 * Settles a conflict. `site`: the site's status and text are adopted here, and nothing is
 * pushed. `mine`: the site's current state becomes the base and the local status is queued again
 * and pushed. Either way the conflict is cleared, in a `resolve` event (history and audit).
 */
export async function resolveConflict(
  deps: ResolveDeps,
  id: string,
  keep: 'site' | 'mine',
): Promise<ActionResult> {
  const stored = deps.store.get(id)
  if (!stored) throw new ApiError('not_found', `There is no comment "${id}".`)
  const actionId = newActionId('resolve')
  const at = deps.now().toISOString()
  let settled = false
  const next = await changeComment(deps, id, actionId, (comment, source) => {
    const conflict = comment.conflict
    if (!conflict) return null
    settled = true
    const site = { status: conflict.siteStatus, body: conflict.siteBody }
    const status = keep === 'site' ? LOCAL_STATUS[conflict.siteStatus] : comment.status
    const body = keep === 'site' ? conflict.siteBody : comment.body
    const event: ModerationEvent = {
      action: 'resolve',
      by: { kind: 'person', name: deps.moderator().slice(0, 100) },
      at,
      from: comment.status,
      to: status,
      ...(body !== comment.body ? { previousBody: comment.body } : {}),
    }
    const fields = { status, body, source: withSite(source, site, at), conflict: null }
    return { next: changed(comment, fields, event).after, events: [event] }
  })
  if (!settled || !next || next.source.kind !== 'wordpress')
    throw new ApiError('conflict', `Comment "${id}" has no conflict with its site to settle.`)
  deps.file.drop(id)
  if (keep === 'mine' && LOCAL_STATUS[next.source.siteStatus] !== next.status) {
    deps.file.enqueue({
      commentId: id,
      targetId: next.source.targetId,
      remoteId: next.source.remoteId,
      status: next.status,
      baseStatus: next.source.siteStatus,
      baseBody: next.source.siteBody,
      queuedAt: at,
      attempts: 0,
      lastError: null,
    })
  }
  await deps.file.save()
  if (keep === 'mine') deps.kick()
  return { actionId, comments: [summarizeComment(next)], removed: [] }
}
