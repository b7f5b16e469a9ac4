import type {
  CommentAuthor,
  CommentSource,
  CommentStatus,
} from '../../shared/comments/comment-schema'

/**
 * A comment on its way in: parsed from an import file or fetched from WordPress, not yet given
 * an id, an article, or a status by the rules. `CommentService.receive` turns it into a stored
 * comment.
 */
export interface IncomingComment {
  /** The id it had in its file, kept when it is valid and free (replies in the file name it). */
  id?: string
  /** Which article: a local id, or a slug to look up, and the title to show when neither fits. */
  article: { id?: string; slug?: string; title?: string }
  author: CommentAuthor
  /** Untrusted text, exactly as written (lone surrogates are replaced on the way in). */
  body: string
  createdAt: string
  /** The status its source gave; undefined for a new comment (approved unless a rule objects). */
  status?: CommentStatus
  /** The comment it replies to: an id in the same file, or one already stored. */
  parentId?: string | null
  /** Where it came from; local (an import) when left out. */
  source?: CommentSource
}
