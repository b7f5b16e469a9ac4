import type { Comment } from '../../shared/comments/comment-schema'

/** One comment as an action left it: its state before, and the version the action wrote. */
export interface UndoStep {
  id: string
  /** The comment before the action; null when the action created it (a reply). */
  before: Comment | null
  /** The version the action wrote; null when the action removed it (a permanent delete). */
  written: number | null
}

/** How many actions can be undone: enough for a long session, bounded in memory. */
export const UNDO_LIMIT = 500
const ALIAS_LIMIT = 200_000

/**
 * The actions of this session that can still be undone, by action id, oldest dropped first. It
 * lives in memory: an undo is for a slip just made, and an old action id after a restart is
 * answered with a clear `not_found`, never a guess.
 */
export class UndoStack {
  private readonly actions = new Map<string, UndoStep[]>()
  /** `id@version` of a state an undo restored, to the version of the state it restored. */
  private readonly aliases = new Map<string, number>()

  constructor(private readonly limit = UNDO_LIMIT) {}

  record(actionId: string, steps: UndoStep[]): void {
    this.actions.set(actionId, steps)
    while (this.actions.size > this.limit) {
      const oldest = this.actions.keys().next().value
      if (oldest === undefined) break
      this.actions.delete(oldest)
    }
  }

  get(actionId: string): UndoStep[] | undefined {
    return this.actions.get(actionId)
  }

  /**
   * The version whose state `version` is: itself, or, for a state an undo brought back, the
   * version it had before. So after undoing a later action, the earlier one can be undone too.
   */
  effective(id: string, version: number): number {
    return this.aliases.get(`${id}@${version}`) ?? version
  }

  /** Records that an undo wrote `version` of a comment as the state it had at `restored`. */
  restored(id: string, version: number, restored: number): void {
    this.aliases.set(`${id}@${version}`, this.effective(id, restored))
    // Forgetting an old alias only makes an old undo refuse (conflict), never wrong.
    while (this.aliases.size > ALIAS_LIMIT) {
      const oldest = this.aliases.keys().next().value
      if (oldest === undefined) break
      this.aliases.delete(oldest)
    }
  }

  /** Forgets an action once undone: undoing it again is the undo's own undo. */
  drop(actionId: string): void {
    this.actions.delete(actionId)
  }
}
