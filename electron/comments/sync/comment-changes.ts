import { randomBytes } from 'node:crypto'
import type {
  Comment,
  CommentSource,
  ModerationActor,
  ModerationEvent,
  SiteStatus,
} from '../../../shared/comments/comment-schema'
import { type AuditLog, auditEntry } from '../audit-log'
import type { CommentStore } from '../comment-store'
import { changed } from '../moderation'
import { LOCAL_STATUS } from './site-status'

export type WpSource = Extract<CommentSource, { kind: 'wordpress' }>

/** A WordPress comment as the site has it now: what the sync compares and adopts. */
export interface SiteState {
  status: SiteStatus
  body: string
}

/** What changing stored comments needs. */
export interface ChangeDeps {
  store: CommentStore
  audit: AuditLog
  now: () => Date
  /**
   * The newest site state this process recorded per comment. An undo puts a comment back as it
   * was, older site state included; the outbox bases the next push on this one instead.
   */
  sites?: Map<string, WpSource>
}

/** A new action id, in the form `comments.undo` and the audit log take. */
export const newActionId = (prefix: string): string =>
  `${prefix}-${randomBytes(9).toString('base64url')}`

/** The WordPress source of a comment, or null for a local one. */
export const wordpressSource = (comment: Comment | undefined): WpSource | null =>
  comment?.source.kind === 'wordpress' ? comment.source : null

/**
 * Reads a stored WordPress comment, lets `change` compute its next state, and stores it, alone
 * (inside `store.exclusive`, so a moderator's action on the same comment cannot interleave).
 * Events `change` returns go to the history it already wrote and to the audit log.
 */
export async function changeComment(
  deps: ChangeDeps,
  id: string,
  actionId: string,
  change: (
    comment: Comment,
    source: WpSource,
  ) => { next: Comment; events: ModerationEvent[] } | null,
): Promise<Comment | null> {
  const done = await deps.store.exclusive(async () => {
    const comment = deps.store.get(id)
    const source = wordpressSource(comment)
    if (!comment || !source) return null
    const result = change(comment, source)
    if (!result) return null
    await deps.store.put([result.next])
    if (result.next.source.kind === 'wordpress') deps.sites?.set(id, result.next.source)
    return result
  })
  if (done?.events.length)
    await deps.audit.append(done.events.map((event) => auditEntry(actionId, id, event)))
  return done?.next ?? null
}

/** The site as the comment's new source: what the next conflict check compares against. */
export const withSite = (source: WpSource, site: SiteState, at: string): WpSource => ({
  ...source,
  siteStatus: site.status,
  siteBody: site.body,
  syncedAt: at,
})

const bySite = (source: WpSource): ModerationActor => ({ kind: 'site', targetId: source.targetId })

/**
 * The site changed a comment and no local decision waits for it: the site's status (and text,
 * when the text changed there) are adopted here, in a `site-change` event.
 */
export function adoptSite(deps: ChangeDeps, id: string, site: SiteState, actionId: string) {
  const at = deps.now().toISOString()
  return changeComment(deps, id, actionId, (comment, source) => {
    const status = LOCAL_STATUS[site.status]
    const bodyChanged = site.body !== source.siteBody
    const body = bodyChanged ? site.body : comment.body
    const next = { ...comment, source: withSite(source, site, at) }
    if (status === comment.status && body === comment.body) return { next, events: [] }
    const event: ModerationEvent = {
      action: 'site-change',
      by: bySite(source),
      at,
      from: comment.status,
      to: status,
      ...(body !== comment.body ? { previousBody: comment.body } : {}),
    }
    return { next: changed(next, { status, body }, event).after, events: [event] }
  })
}

/**
 * The site changed a comment while a local decision waited to be pushed: nothing is overwritten,
 * on either side; the comment shows the conflict until a moderator settles it.
 */
export function markConflict(deps: ChangeDeps, id: string, site: SiteState, actionId: string) {
  const at = deps.now().toISOString()
  return changeComment(deps, id, actionId, (comment, source) => {
    const event: ModerationEvent = { action: 'site-change', by: bySite(source), at }
    const conflict = {
      siteStatus: site.status,
      siteBody: site.body,
      localStatus: comment.status,
      at,
    }
    return { next: changed(comment, { conflict }, event).after, events: [event] }
  })
}

/**
 * Records what the site has now (after a push, or a fetch that found it unchanged) without
 * counting it as a change: the version stays, so the moderator's last action can still be undone.
 */
export function recordSite(deps: ChangeDeps, id: string, site: SiteState) {
  const at = deps.now().toISOString()
  return changeComment(deps, id, '', (comment, source) =>
    source.siteStatus === site.status && source.siteBody === site.body
      ? null
      : { next: { ...comment, source: withSite(source, site, at) }, events: [] },
  )
}

/** The comment is gone from the site (deleted there for good): said in its history. */
export function markGone(deps: ChangeDeps, id: string, actionId: string) {
  const at = deps.now().toISOString()
  return changeComment(deps, id, actionId, (comment, source) => {
    const event: ModerationEvent = {
      action: 'site-change',
      by: bySite(source),
      at,
      from: comment.status,
    }
    return { next: { ...comment, history: [...comment.history, event] }, events: [event] }
  })
}
