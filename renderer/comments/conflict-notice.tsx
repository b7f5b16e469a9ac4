import type { CommentConflict, SiteStatus } from '../../shared/comments/comment-schema'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import { InertText } from './inert-text'

/** WordPress's status words, as the queue they correspond to here. */
const SITE_STATUS_LABEL: Record<SiteStatus, MessageId> = {
  approved: 'comments.status.approved',
  hold: 'comments.status.pending',
  spam: 'comments.status.spam',
  trash: 'comments.status.trash',
}

/**
 * The site changed the comment while a decision made here waited to be pushed. Nothing is
 * overwritten until the moderator picks a side; the site's text is shown when it differs.
 */
export function ConflictNotice({
  conflict,
  disabled,
  onResolve,
}: {
  conflict: CommentConflict
  disabled: boolean
  onResolve: (keep: 'site' | 'mine') => void
}) {
  const { t } = useI18n()
  return (
    <fieldset className="banner conflict">
      <legend>{t('comments.conflictTitle')}</legend>
      <p>
        {t('comments.conflictText', {
          site: t(SITE_STATUS_LABEL[conflict.siteStatus]),
          mine: t(`comments.status.${conflict.localStatus}`),
        })}
      </p>
      {conflict.siteBody && (
        <>
          <p className="muted">{t('comments.conflictSiteText')}</p>
          <blockquote className="comment-body" dir="auto">
            <InertText text={conflict.siteBody.slice(0, 2_000)} />
          </blockquote>
        </>
      )}
      <div className="actions">
        <button
          className="button"
          type="button"
          disabled={disabled}
          onClick={() => onResolve('site')}
        >
          {t('comments.keepSite')}
        </button>
        <button
          className="button"
          type="button"
          disabled={disabled}
          onClick={() => onResolve('mine')}
        >
          {t('comments.useMine')}
        </button>
      </div>
    </fieldset>
  )
}
