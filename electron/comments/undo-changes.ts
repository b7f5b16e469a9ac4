import { ApiError } from '../../shared/api/errors'
import type {
  Comment,
  ModerationActor,
  ModerationEvent,
} from '../../shared/comments/comment-schema'
import type { Change } from './moderation'
import type { UndoStep } from './undo-stack'

/**
 * The changes that undo an action: every comment back to its state before it (a deleted one
 * re-created, a reply removed), keeping the history so far plus an `undo` event. Refused with
 * `conflict` when any comment is no longer as the action left it (or as an undo of a later
 * action brought it back): undoing over a later change would silently throw that change away.
 */
export function undoChanges(
  steps: readonly UndoStep[],
  current: (id: string) => Comment | undefined,
  effective: (id: string, version: number) => number,
  by: ModerationActor,
  at: string,
): Change[] {
  const moved = steps.filter(({ id, written }) => {
    const now = current(id)
    if (written === null) return now !== undefined
    return !now || effective(id, now.version) !== effective(id, written)
  })
  if (moved.length) {
    const ids = moved.map((s) => s.id)
    throw new ApiError(
      'conflict',
      `This action cannot be undone: ${ids.length === 1 ? `comment ${ids[0]} has` : `${ids.length} of its comments have`} changed since (undo the later change first).`,
      { ids },
    )
  }
  return steps.flatMap((step): Change[] => {
    const now = current(step.id)
    const before = step.before
    if (!before) {
      if (!now) return []
      const event: ModerationEvent = { action: 'undo', by, at, from: now.status }
      return [{ before: now, after: null, event }]
    }
    const event: ModerationEvent = {
      action: 'undo',
      by,
      at,
      ...(now ? { from: now.status } : {}),
      to: before.status,
      ...(now && now.body !== before.body ? { previousBody: now.body } : {}),
    }
    const history = now?.history ?? before.history
    const version = Math.max(now?.version ?? 0, before.version + 1) + (now ? 1 : 0)
    return [
      { before: now ?? null, after: { ...before, history: [...history, event], version }, event },
    ]
  })
}
