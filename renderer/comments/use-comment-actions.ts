import { useCallback, useRef, useState } from 'react'
import { ApiError } from '../../shared/api/errors'
import type { ActionResult, ModerateAction } from '../../shared/comments/comments-contract'
import { send } from '../api/send'
import { useI18n } from '../i18n/i18n'
import { notifyCommentsChanged } from './comments-events'
import { countText } from './count-text'

/** The most ids one request may carry (the contract's cap). */
const CHUNK = 5_000

/** One undoable step as the moderator saw it (a bulk action over 5,000 comments is several). */
interface UndoEntry {
  actionIds: string[]
}

/** What happened last, said in the status line; `undoable` offers the Undo button next to it. */
export interface ActionStatus {
  text: string
  undoable: boolean
}

export interface CommentActions {
  moderate: (ids: readonly string[], action: ModerateAction) => Promise<void>
  remove: (ids: readonly string[]) => Promise<void>
  reply: (parentId: string, body: string) => Promise<boolean>
  edit: (id: string, body: string) => Promise<boolean>
  resolve: (id: string, keep: 'site' | 'mine') => Promise<void>
  undo: () => Promise<void>
  canUndo: boolean
  status: ActionStatus | null
  /** The last failure, shown in an alert until dismissed or the next success. */
  alert: string | null
  dismissAlert: () => void
}

const chunks = (ids: readonly string[]) =>
  Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) =>
    ids.slice(i * CHUNK, (i + 1) * CHUNK),
  )

/**
 * The moderator's actions, each kept on a session stack so `u` can undo it, then `onDone` (the
 * queue reloads; `preferId` is a comment that came back and should become the current one).
 */
export function useCommentActions(onDone: (preferId?: string) => Promise<void>): CommentActions {
  const i18n = useI18n()
  const { t } = i18n
  const stack = useRef<UndoEntry[]>([])
  const [depth, setDepth] = useState(0)
  const [status, setStatus] = useState<ActionStatus | null>(null)
  const [alert, setAlert] = useState<string | null>(null)

  const finish = useCallback(
    async (results: ActionResult[], text: string, preferId?: string) => {
      stack.current.push({ actionIds: results.map((r) => r.actionId) })
      setDepth(stack.current.length)
      setAlert(null)
      setStatus({ text, undoable: true })
      notifyCommentsChanged()
      await onDone(preferId)
    },
    [onDone],
  )

  const fail = useCallback(
    (error: unknown) => {
      setAlert(t('comments.actionFailed', { message: (error as Error).message }))
    },
    [t],
  )

  const moderate = useCallback(
    async (ids: readonly string[], action: ModerateAction) => {
      if (ids.length === 0) return
      try {
        const results: ActionResult[] = []
        for (const part of chunks(ids)) {
          results.push(await send('comments.moderate', { ids: [...part], action }))
        }
        await finish(results, t(`comments.done.${action}`, { count: countText(i18n, ids.length) }))
      } catch (error) {
        fail(error)
        await onDone()
      }
    },
    [finish, fail, onDone, t, i18n],
  )

  const remove = useCallback(
    async (ids: readonly string[]) => {
      if (ids.length === 0) return
      try {
        const results: ActionResult[] = []
        for (const part of chunks(ids))
          results.push(await send('comments.delete', { ids: [...part] }))
        await finish(results, t('comments.done.delete', { count: countText(i18n, ids.length) }))
      } catch (error) {
        fail(error)
        await onDone()
      }
    },
    [finish, fail, onDone, t, i18n],
  )

  const reply = useCallback(
    async (parentId: string, body: string) => {
      try {
        const result = await send('comments.reply', { parentId, body })
        await finish([result], t('comments.done.reply'), parentId)
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [finish, fail, t],
  )

  const edit = useCallback(
    async (id: string, body: string) => {
      try {
        await finish([await send('comments.edit', { id, body })], t('comments.done.edit'), id)
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [finish, fail, t],
  )

  const resolve = useCallback(
    async (id: string, keep: 'site' | 'mine') => {
      try {
        const result = await send('comments.resolve', { id, keep })
        await finish(
          [result],
          t(keep === 'site' ? 'comments.done.keepSite' : 'comments.done.useMine'),
          id,
        )
      } catch (error) {
        fail(error)
      }
    },
    [finish, fail, t],
  )

  const undo = useCallback(async () => {
    const entry = stack.current.at(-1)
    if (!entry) return
    let preferId: string | undefined
    try {
      for (const actionId of [...entry.actionIds].reverse()) {
        const result = await send('comments.undo', { actionId })
        preferId ??= result.comments[0]?.id
      }
      stack.current.pop()
      setAlert(null)
      setStatus({ text: t('comments.done.undo'), undoable: stack.current.length > 0 })
    } catch (error) {
      // A refused undo (the comment moved on since) will not succeed later: it leaves the stack.
      if (error instanceof ApiError && (error.code === 'conflict' || error.code === 'not_found')) {
        stack.current.pop()
      }
      setAlert(t('comments.undoFailed', { message: (error as Error).message }))
    }
    setDepth(stack.current.length)
    notifyCommentsChanged()
    await onDone(preferId)
  }, [onDone, t])

  return {
    moderate,
    remove,
    reply,
    edit,
    resolve,
    undo,
    canUndo: depth > 0,
    status,
    alert,
    dismissAlert: useCallback(() => setAlert(null), []),
  }
}
