import type { CommentStatus } from '../../shared/comments/comment-schema'
import type { ModerateAction } from '../../shared/comments/comments-contract'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'

/** What a button in the card does: a moderation action, or one of the card's own. */
export type CardAction = ModerateAction | 'delete' | 'reply' | 'edit'

/** The actions that make sense for a comment in each queue, in the order they are offered. */
export const ACTIONS_BY_STATUS: Record<CommentStatus, readonly CardAction[]> = {
  pending: ['approve', 'spam', 'trash', 'reply', 'edit'],
  approved: ['unapprove', 'spam', 'trash', 'reply', 'edit'],
  spam: ['restore', 'approve', 'trash', 'delete', 'edit'],
  trash: ['restore', 'spam', 'delete', 'edit'],
}

export const ACTION_LABEL: Record<CardAction, MessageId> = {
  approve: 'comments.action.approve',
  unapprove: 'comments.action.unapprove',
  spam: 'comments.action.spam',
  trash: 'comments.action.trash',
  restore: 'comments.action.restore',
  delete: 'comments.action.delete',
  reply: 'comments.action.reply',
  edit: 'comments.action.edit',
}

/** Single-key shortcuts shown next to the buttons that have one. */
const KEY_HINT: Partial<Record<CardAction, string>> = {
  approve: 'a',
  spam: 's',
  trash: 'd',
  reply: 'r',
}

/** The card's action buttons for the comment's queue; all disabled in read-only mode. */
export function CardActions({
  status,
  disabled,
  onAction,
}: {
  status: CommentStatus
  disabled: boolean
  onAction: (action: CardAction) => void
}) {
  const { t } = useI18n()
  return (
    <div className="actions card-actions">
      {ACTIONS_BY_STATUS[status].map((action) => (
        <button
          key={action}
          type="button"
          className={`button${action === 'approve' ? ' primary' : ''}${action === 'delete' ? ' danger' : ''}`}
          disabled={disabled}
          aria-keyshortcuts={KEY_HINT[action]}
          onClick={() => onAction(action)}
        >
          {t(ACTION_LABEL[action])}
        </button>
      ))}
    </div>
  )
}
