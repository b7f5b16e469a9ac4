import type { Comment } from '../../shared/comments/comment-schema'

/**
 * Where the moderation service sends its decisions on WordPress comments, so they are pushed to
 * their site (and queued, surviving a restart, while the site is unreachable). The WordPress sync
 * implements it; without a sync (tests of the service alone) decisions simply stay local.
 */
export interface CommentOutbox {
  /**
   * Called after the comments' new states are stored (an action, or its undo); only WordPress
   * comments are passed. The action waits for it, so it should return once the decisions are
   * queued durably and push in the background. A failure is logged, never the action's failure:
   * the decision is already made and stored here.
   */
  decided(comments: readonly Comment[]): Promise<void>
}
