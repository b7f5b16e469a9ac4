import { useCallback, useEffect, useId, useState } from 'react'
import { COMMENT_STATUSES, type CommentStatus } from '../../shared/comments/comment-schema'
import { useReadOnly } from '../app/read-only'
import { useI18n } from '../i18n/i18n'
import { ACTIONS_BY_STATUS, type CardAction } from './card-actions'
import { type CardForm, CommentCard } from './comment-card'
import { CommentList } from './comment-list'
import { ConfirmDeleteDialog } from './confirm-delete-dialog'
import { ModerationTools } from './moderation-tools'
import { QueueFilters } from './queue-filters'
import { QueueTabs, tabId } from './queue-tabs'
import { SelectionBar } from './selection-bar'
import { ShortcutsDialog } from './shortcuts-dialog'
import { StatusLine } from './status-line'
import { useCommentActions } from './use-comment-actions'
import { useCommentDetail } from './use-comment-detail'
import { useModerationKeys } from './use-moderation-keys'
import { useModerationState } from './use-moderation-state'
import { useSerialTasks } from './use-serial-tasks'

/** How often the shown queue is read again, so counts and new comments appear by themselves. */
const POLL_MS = 5_000

/**
 * The moderation panel: queues with live counts, filters, a virtual list of comments, the card of
 * the current one, bulk actions, undo and single-key shortcuts. Actions and reloads run one after
 * another, so keys pressed quickly act on the comment each one lands on.
 */
export function ModerationView() {
  const { t } = useI18n()
  const readOnly = useReadOnly()
  const id = useId()
  const state = useModerationState()
  const { filter, queue, currentRef, selectedRef, setSelected, reload } = state
  const [form, setForm] = useState<CardForm>(null)
  const [confirming, setConfirming] = useState<{ ids: string[]; bulk: boolean } | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const run = useSerialTasks()
  const actions = useCommentActions(reload)

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') run(() => reload(undefined, false))
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [run, reload])

  const currentRow = queue.rowAt(state.current)
  const detail = useCommentDetail(currentRow?.id ?? null, currentRow?.version ?? 0)
  const currentId = currentRow?.id
  useEffect(() => {
    void currentId
    setForm(null)
  }, [currentId])

  /** The selection if there is one, else the current comment, when the action fits them. */
  const targets = (action: CardAction): string[] => {
    if (selectedRef.current.size > 0)
      return ACTIONS_BY_STATUS[filter.status].includes(action) ? [...selectedRef.current] : []
    const row = queue.rowAt(currentRef.current)
    return row && ACTIONS_BY_STATUS[row.status].includes(action) ? [row.id] : []
  }

  /** Runs an action (in the task queue, so it lands where the previous one left off). */
  const act = async (action: CardAction, ids: string[], bulk: boolean) => {
    if (readOnly || ids.length === 0) return
    setMessage(null)
    if (action === 'delete') setConfirming({ ids, bulk })
    else if (action === 'reply' || action === 'edit') setForm(action)
    else {
      await actions.moderate(ids, action)
      if (bulk) setSelected(new Set())
    }
  }
  const actOnTargets = (action: CardAction) =>
    run(() => act(action, targets(action), selectedRef.current.size > 0))

  useModerationKeys(true, {
    next: () => run(() => state.move(1)),
    previous: () => run(() => state.move(-1)),
    approve: () => actOnTargets('approve'),
    spam: () => actOnTargets('spam'),
    trash: () => actOnTargets('trash'),
    undo: () => {
      if (!readOnly) run(actions.undo)
    },
    reply: () => run(() => act('reply', targets('reply'), false)),
    toggleSelection: () => {
      const row = queue.rowAt(currentRef.current)
      if (row && !readOnly) state.toggle(row)
    },
    queue: (index) => {
      const status = COMMENT_STATUSES[index]
      if (status) state.changeFilter({ status }, true)
    },
    help: () => setHelpOpen(true),
  })

  const { changeFilter } = state
  const onQuery = useCallback((query: string) => changeFilter({ query }, false), [changeFilter])
  const say = useCallback((text: string, error: boolean) => setMessage({ text, error }), [])
  // An action's outcome replaces a tool's message (an import, a sync) in the status line.
  useEffect(() => {
    if (actions.status) setMessage(null)
  }, [actions.status])
  const queueName = t(`comments.status.${filter.status}`)

  return (
    <div className="moderation-view">
      <div className="moderation-bar">
        <QueueTabs
          idPrefix={id}
          status={filter.status}
          counts={queue.counts}
          onSelect={(status: CommentStatus) => state.changeFilter({ status }, false)}
        />
        <QueueFilters
          articleId={filter.articleId}
          onArticle={(articleId) => state.changeFilter({ articleId }, false)}
          onQuery={onQuery}
        />
        <ModerationTools
          readOnly={readOnly}
          onChanged={() => run(() => reload(undefined, false))}
          onMessage={say}
          onShortcuts={() => setHelpOpen(true)}
        />
      </div>
      <StatusLine
        text={message?.text ?? actions.status?.text ?? ''}
        error={message?.error ?? false}
        alert={
          actions.alert ?? (queue.error ? t('comments.loadFailed', { message: queue.error }) : null)
        }
        canUndo={actions.canUndo && !readOnly}
        onUndo={() => run(actions.undo)}
        onDismiss={actions.alert ? actions.dismissAlert : null}
      />
      <div
        id={`${id}-panel`}
        className="moderation-panel"
        role="tabpanel"
        aria-labelledby={tabId(id, filter.status)}
      >
        <div className="queue-column">
          <SelectionBar
            status={filter.status}
            count={state.selected.size}
            readOnly={readOnly}
            onSelectAll={() => setSelected(new Set(queue.loadedRows().map((c) => c.id)))}
            onClear={() => setSelected(new Set())}
            onAction={(action) => run(() => act(action, [...selectedRef.current], true))}
          />
          <CommentList
            key={JSON.stringify(filter)}
            queue={queue}
            label={t('comments.listLabel', { queue: queueName })}
            current={state.current}
            focusToken={state.focusToken}
            honoured={state.honoured}
            selected={state.selected}
            readOnly={readOnly}
            onCurrent={(index) => state.setCurrent(index, false)}
            onToggle={state.toggle}
          />
        </div>
        <CommentCard
          detail={detail}
          form={form}
          readOnly={readOnly}
          onAction={(comment, action) => run(() => act(action, [comment.id], false))}
          onReply={async (comment, text) => {
            setMessage(null)
            const done = await actions.reply(comment.id, text)
            if (done) setForm(null)
            return done
          }}
          onEdit={async (comment, text) => {
            setMessage(null)
            const done = await actions.edit(comment.id, text)
            if (done) setForm(null)
            return done
          }}
          onResolve={(comment, keep) => run(() => actions.resolve(comment.id, keep))}
          onCloseForm={() => {
            setForm(null)
            state.refocus()
          }}
        />
      </div>
      {helpOpen && <ShortcutsDialog onClosed={() => setHelpOpen(false)} />}
      {confirming && (
        <ConfirmDeleteDialog
          count={confirming.ids.length}
          onConfirm={() =>
            run(async () => {
              await actions.remove(confirming.ids)
              if (confirming.bulk) setSelected(new Set())
            })
          }
          onClosed={() => setConfirming(null)}
        />
      )}
    </div>
  )
}
