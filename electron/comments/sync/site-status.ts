import {
  type CommentSource,
  type CommentStatus,
  SiteStatus,
  wellFormed,
} from '../../../shared/comments/comment-schema'
import type { IncomingComment } from '../incoming-comment'
import type { StatusVerb, WpComment } from './wordpress-comments'

/** The local queue a site status puts a comment in. */
export const LOCAL_STATUS: Record<SiteStatus, CommentStatus> = {
  hold: 'pending',
  approved: 'approved',
  spam: 'spam',
  trash: 'trash',
}

/** The site status a local status is, as WordPress answers it ("approved"). */
export const SITE_STATUS: Record<CommentStatus, SiteStatus> = {
  pending: 'hold',
  approved: 'approved',
  spam: 'spam',
  trash: 'trash',
}

/** What to send for a status: WordPress takes "approve" and answers "approved". */
export const VERB: Record<SiteStatus, StatusVerb> = {
  hold: 'hold',
  approved: 'approve',
  spam: 'spam',
  trash: 'trash',
}

/** A remote comment's site status, or null for one the sync leaves alone (`post-trashed`). */
export function siteStatusOf(remote: WpComment): SiteStatus | null {
  const parsed = SiteStatus.safeParse(remote.status)
  return parsed.success ? parsed.data : null
}

/** The local id of a WordPress comment: stable, so a second fetch finds the first. */
export const wpCommentId = (targetId: string, remoteId: number): string =>
  `wp-${targetId}-${remoteId}`

/** WordPress's `date_gmt` ("2026-05-01T09:30:00", UTC without an offset) as an ISO date. */
export const gmtDate = (dateGmt: string): string => `${dateGmt}Z`

/** The source record of a remote comment as the site has it now. */
export function siteSource(
  targetId: string,
  remote: WpComment,
  status: SiteStatus,
  syncedAt: string,
): Extract<CommentSource, { kind: 'wordpress' }> {
  return {
    kind: 'wordpress',
    targetId,
    remoteId: remote.id,
    remotePostId: remote.post,
    siteStatus: status,
    siteBody: wellFormed(remote.content.raw),
    syncedAt,
  }
}

/** Cuts a field the site may have let grow past what the store keeps. */
const cut = (text: string, max: number) =>
  wellFormed(text)
    .slice(0, max)
    .replace(/[\uD800-\uDBFF]$/, '')

/**
 * A remote comment on its way into the store: its site status as the local queue, its author as
 * given, its reply parent as a local id, and the article (a local one, or the post's title).
 */
export function incomingFrom(
  targetId: string,
  remote: WpComment,
  status: SiteStatus,
  article: IncomingComment['article'],
  syncedAt: string,
): IncomingComment {
  return {
    id: wpCommentId(targetId, remote.id),
    article,
    author: {
      name: cut(remote.author_name, 500),
      email: cut(remote.author_email, 500),
      url: cut(remote.author_url, 2_000),
    },
    body: wellFormed(remote.content.raw),
    createdAt: gmtDate(remote.date_gmt),
    status: LOCAL_STATUS[status],
    parentId: remote.parent ? wpCommentId(targetId, remote.parent) : null,
    source: siteSource(targetId, remote, status, syncedAt),
  }
}
