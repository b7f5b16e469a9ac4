import { ApiError } from '../../shared/api/errors'
import type {
  Comment,
  CommentStatus,
  ModerationActor,
  ModerationEvent,
} from '../../shared/comments/comment-schema'
import type { ModerateAction } from '../../shared/comments/comments-contract'

/**
 * Where `restore` takes a comment: the status it had before it last went to Spam or Trash, read
 * from its history; Pending when the history does not say (an imported spam comment).
 */
export function restoreTarget(comment: Comment): CommentStatus {
  for (let i = comment.history.length - 1; i >= 0; i--) {
    const event = comment.history[i]
    if (!event || (event.to !== 'spam' && event.to !== 'trash')) continue
    if (event.from && event.from !== 'spam' && event.from !== 'trash') return event.from
  }
  return 'pending'
}

/** The status an action leads to. */
export function targetStatus(comment: Comment, action: ModerateAction): CommentStatus {
  switch (action) {
    case 'approve':
      return 'approved'
    case 'unapprove':
      return 'pending'
    case 'spam':
      return 'spam'
    case 'trash':
      return 'trash'
    case 'restore':
      return restoreTarget(comment)
  }
}

/** One comment's change within an action: before (null: created), after (null: removed), the event. */
export interface Change {
  before: Comment | null
  after: Comment | null
  event: ModerationEvent
}

/**
 * A comment's next state: the fields changed, the event added to its history, its version bumped.
 * Every change a person, a rule or the site makes goes through here, so none forgets the history.
 */
export function changed(
  comment: Comment,
  fields: Partial<Omit<Comment, 'id' | 'history' | 'version'>>,
  event: ModerationEvent,
): Change & { after: Comment } {
  return {
    before: comment,
    after: {
      ...comment,
      ...fields,
      history: [...comment.history, event],
      version: comment.version + 1,
    },
    event,
  }
}

/** Who a person is in the history: their display name. */
export function person(name: string): ModerationActor {
  return { kind: 'person', name: name.slice(0, 100) }
}

/** Approve, unapprove, spam, trash or restore; comments already in the target status are left out. */
export function moderateChanges(
  comments: readonly Comment[],
  action: ModerateAction,
  by: ModerationActor,
  at: string,
): Change[] {
  return comments.flatMap((comment) => {
    const to = targetStatus(comment, action)
    if (to === comment.status) return []
    return [changed(comment, { status: to }, { action, by, at, from: comment.status, to })]
  })
}

/** A permanent delete, refused whole (nothing changes) when any comment is not in Spam or Trash. */
export function deleteChanges(
  comments: readonly Comment[],
  by: ModerationActor,
  at: string,
): Change[] {
  const live = comments.filter((c) => c.status !== 'spam' && c.status !== 'trash').map((c) => c.id)
  if (live.length) {
    throw new ApiError(
      'invalid_argument',
      `Only comments in Spam or Trash can be deleted for good; move these there first: ${live.slice(0, 20).join(', ')}${live.length > 20 ? ', …' : ''}.`,
      { ids: live },
    )
  }
  return comments.map((c) => ({
    before: c,
    after: null,
    event: { action: 'delete', by, at, from: c.status },
  }))
}

/** The newsroom's reply: a new approved comment on the parent's article, signed and attributed. */
export function replyChange(
  parent: Comment,
  body: string,
  id: string,
  signed: { name: string; by: string },
  by: ModerationActor,
  at: string,
): Change {
  const event: ModerationEvent = { action: 'reply', by, at, to: 'approved' }
  const reply: Comment = {
    id,
    articleId: parent.articleId,
    articleTitle: parent.articleTitle,
    author: { name: signed.name.slice(0, 500), email: '', url: '' },
    body,
    createdAt: at,
    status: 'approved',
    source: { kind: 'local' },
    parentId: parent.id,
    reply: { by: signed.by.slice(0, 100) },
    match: null,
    conflict: null,
    history: [event],
    version: 1,
  }
  return { before: null, after: reply, event }
}

/** An edit of the text, the old text kept in the event; none when the text is the same. */
export function editChanges(
  comment: Comment,
  body: string,
  by: ModerationActor,
  at: string,
): Change[] {
  if (body === comment.body) return []
  const s = comment.status
  const event: ModerationEvent = {
    action: 'edit',
    by,
    at,
    from: s,
    to: s,
    previousBody: comment.body,
  }
  return [changed(comment, { body }, event)]
}
