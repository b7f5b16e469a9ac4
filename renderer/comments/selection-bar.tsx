import type { CommentStatus } from '../../shared/comments/comment-schema'
import { useI18n } from '../i18n/i18n'
import { ACTION_LABEL, ACTIONS_BY_STATUS, type CardAction } from './card-actions'
import { countText } from './count-text'

/**
 * Above the list: "Select all shown", and while comments are selected, the bulk actions that fit
 * their queue (a, s and d apply to the selection too).
 */
export function SelectionBar({
  status,
  count,
  readOnly,
  onSelectAll,
  onClear,
  onAction,
}: {
  status: CommentStatus
  count: number
  readOnly: boolean
  onSelectAll: () => void
  onClear: () => void
  onAction: (action: CardAction) => void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const actions = ACTIONS_BY_STATUS[status].filter((a) => a !== 'reply' && a !== 'edit')
  return (
    <div className="selection-bar">
      <button className="button" type="button" disabled={readOnly} onClick={onSelectAll}>
        {t('comments.selectAll')}
      </button>
      {count > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form part
        <div className="bulk-actions" role="group" aria-label={t('comments.bulkActions')}>
          <span className="bulk-count">
            {t('comments.selectedCount', { count: countText(i18n, count) })}
          </span>
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button${action === 'delete' ? ' danger' : ''}`}
              disabled={readOnly}
              onClick={() => onAction(action)}
            >
              {t(ACTION_LABEL[action])}
            </button>
          ))}
          <button className="button" type="button" onClick={onClear}>
            {t('comments.clearSelection')}
          </button>
        </div>
      )}
    </div>
  )
}
