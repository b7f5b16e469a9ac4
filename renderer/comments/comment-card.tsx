import type { Comment } from '../../shared/comments/comment-schema'
import { useI18n } from '../i18n/i18n'
import { AuthorHistory } from './author-history'
import { type CardAction, CardActions } from './card-actions'
import { CommentBody } from './comment-body'
import { CommentTextForm } from './comment-text-form'
import { ConflictNotice } from './conflict-notice'
import { InertText } from './inert-text'
import { ModerationHistory } from './moderation-history'
import { ruleMatchText } from './rule-match-text'
import type { CommentDetail } from './use-comment-detail'

/** Which form is open in the card. */
export type CardForm = 'reply' | 'edit' | null

interface CommentCardProps {
  detail: CommentDetail
  form: CardForm
  readOnly: boolean
  onAction: (comment: Comment, action: CardAction) => void
  onReply: (comment: Comment, text: string) => Promise<boolean>
  onEdit: (comment: Comment, text: string) => Promise<boolean>
  onResolve: (comment: Comment, keep: 'site' | 'mine') => void
  onCloseForm: () => void
}

/**
 * The current comment in full: who wrote it (name isolated, contact details as plain text), when,
 * on which article, the rule that held it, its text (inert), the moderator's actions, the
 * author's other comments and the comment's moderation history.
 */
export function CommentCard(props: CommentCardProps) {
  const i18n = useI18n()
  const { t, formatDate } = i18n
  const { comment, author, error } = props.detail
  if (error)
    return (
      <section className="comment-card" aria-label={t('comments.card')}>
        <p className="error" role="alert">
          {t('comments.loadFailed', { message: error })}
        </p>
      </section>
    )
  if (!comment)
    return (
      <section className="comment-card empty" aria-label={t('comments.card')}>
        <p className="muted">{t('comments.noCurrent')}</p>
      </section>
    )
  return (
    <section className="comment-card" aria-label={t('comments.card')} aria-busy={!author}>
      <header className="card-head">
        <h2 className="card-author">
          <bdi>
            <InertText text={comment.author.name || t('comments.anonymous')} />
          </bdi>
        </h2>
        {comment.reply && <span className="status-chip">{t('comments.newsroomReply')}</span>}
        <dl className="card-meta">
          {comment.author.email && (
            <>
              <dt>{t('comments.email')}</dt>
              <dd dir="ltr">
                <InertText text={comment.author.email} />
              </dd>
            </>
          )}
          {comment.author.url && (
            <>
              <dt>{t('comments.url')}</dt>
              <dd dir="ltr">
                <InertText text={comment.author.url} />
              </dd>
            </>
          )}
          <dt>{t('comments.time')}</dt>
          <dd>
            <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
          </dd>
          <dt>{t('comments.article')}</dt>
          <dd dir="auto">
            <InertText text={comment.articleTitle || t('comments.noArticle')} />
          </dd>
          <dt>{t('comments.statusLabel')}</dt>
          <dd>{t(`comments.status.${comment.status}`)}</dd>
        </dl>
      </header>
      {comment.match && <p className="rule-match">{ruleMatchText(i18n, comment.match)}</p>}
      {comment.conflict && (
        <ConflictNotice
          conflict={comment.conflict}
          disabled={props.readOnly}
          onResolve={(keep) => props.onResolve(comment, keep)}
        />
      )}
      <CommentBody key={`${comment.id}:${comment.version}`} body={comment.body} />
      <CardActions
        status={comment.status}
        disabled={props.readOnly}
        onAction={(action) => props.onAction(comment, action)}
      />
      {props.form === 'reply' && (
        <CommentTextForm
          key={`reply-${comment.id}`}
          label={t('comments.replyLabel')}
          submitLabel={t('comments.sendReply')}
          initial=""
          onSubmit={(text) => props.onReply(comment, text)}
          onCancel={props.onCloseForm}
        />
      )}
      {props.form === 'edit' && (
        <CommentTextForm
          key={`edit-${comment.id}`}
          label={t('comments.editLabel')}
          submitLabel={t('comments.saveEdit')}
          initial={comment.body}
          onSubmit={(text) => props.onEdit(comment, text)}
          onCancel={props.onCloseForm}
        />
      )}
      {author && <AuthorHistory currentId={comment.id} author={author} />}
      <ModerationHistory events={comment.history} />
    </section>
  )
}
