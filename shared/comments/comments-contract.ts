import { z } from 'zod'
import { method } from '../api/define'
import { ArticleId } from '../articles/article-schema'
import { TargetId } from '../publish/target-schema'
import { AuditEntry } from './audit-schema'
import {
  Comment,
  CommentBody,
  CommentId,
  CommentStatus,
  CommentSummary,
  QueueCounts,
} from './comment-schema'
import { CommentRules } from './rules-schema'

/** What the moderator does to comments; each can be applied to many at once. */
export const ModerateAction = z.enum(['approve', 'unapprove', 'spam', 'trash', 'restore'])
export type ModerateAction = z.infer<typeof ModerateAction>

/** An action's id, for `comments.undo`. */
export const ActionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

/** Many comments at once: a bulk action is capped so one request stays bounded. */
const Ids = z.array(CommentId).min(1).max(5_000)

/** What every action returns: its id (to undo it) and the comments as they are now. */
export const ActionResult = z.object({
  actionId: ActionId,
  comments: z.array(CommentSummary),
  /** Comments the action removed (a permanent delete). */
  removed: z.array(CommentId).default([]),
})
export type ActionResult = z.infer<typeof ActionResult>

/** A queue page: its rows, the queue's length, and every queue's count under the same filter. */
export const CommentPage = z.object({
  items: z.array(CommentSummary),
  total: z.number().int().nonnegative(),
  counts: QueueCounts,
})
export type CommentPage = z.infer<typeof CommentPage>

/** A WordPress target's sync state, for the panel's sync line. */
export const SyncState = z.object({
  targetId: TargetId,
  name: z.string(),
  /** When comments were last fetched; null before the first fetch. */
  fetchedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Decisions waiting to be pushed (the site was unreachable). */
  queued: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  /** The last failure, in WordPress's words; null when the last sync worked. */
  error: z.string().nullable(),
})
export type SyncState = z.infer<typeof SyncState>

/** What one sync did. */
export const SyncReport = z.object({
  fetched: z.number().int().nonnegative(),
  pushed: z.number().int().nonnegative(),
  queued: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  states: z.array(SyncState),
})
export type SyncReport = z.infer<typeof SyncReport>

/** The import file formats: the documented JSON shape, or a WordPress WXR export. */
export const ImportFormat = z.enum(['json', 'wxr'])

/**
 * Comment moderation: queues, actions (each undoable), the auto-moderation rules, the audit
 * log, import, and sync with WordPress targets.
 */
export const commentsContract = {
  /**
   * One page of a queue, newest first. `query` is matched the Arabic way (diacritics, tatweel,
   * alef/hamza forms ignored) against the author and the text. `counts` are under the same
   * article and query filter.
   */
  'comments.list': method(
    z
      .object({
        status: CommentStatus,
        articleId: ArticleId.optional(),
        query: z.string().max(200).optional(),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    CommentPage,
  ),
  /** One comment in full, with its history. */
  'comments.get': method(z.object({ id: CommentId }).strict(), Comment),
  /** Counts per queue, over every comment. */
  'comments.counts': method(z.object({}).strict(), QueueCounts),
  /** The articles that have comments, for the filter: most comments first. */
  'comments.articles': method(
    z.object({}).strict(),
    z.array(
      z.object({ articleId: ArticleId.nullable(), title: z.string(), count: z.number().int() }),
    ),
  ),
  /** The author's other comments (same email, else same name), newest first, and their counts. */
  'comments.author': method(
    z.object({ id: CommentId }).strict(),
    z.object({ comments: z.array(CommentSummary), counts: QueueCounts }),
  ),
  /** Approve, unapprove (back to Pending), spam, trash, or restore (out of Spam or Trash). */
  'comments.moderate': method(
    z.object({ ids: Ids, action: ModerateAction }).strict(),
    ActionResult,
  ),
  /** Deletes comments for good: only from Spam or Trash. Undo brings them back. */
  'comments.delete': method(z.object({ ids: Ids }).strict(), ActionResult),
  /** Replies as the newsroom: stored approved, attributed to this user's display name. */
  'comments.reply': method(
    z.object({ parentId: CommentId, body: CommentBody.trim().min(1) }).strict(),
    ActionResult,
  ),
  /** Changes a comment's text; the old text is kept in its history. */
  'comments.edit': method(
    z.object({ id: CommentId, body: CommentBody.trim().min(1) }).strict(),
    ActionResult,
  ),
  /**
   * Undoes an action of this session. Refused with `conflict` when one of its comments changed
   * since (the later change is undone first).
   */
  'comments.undo': method(z.object({ actionId: ActionId }).strict(), ActionResult),
  'comments.rules.get': method(z.object({}).strict(), CommentRules),
  'comments.rules.set': method(CommentRules, CommentRules),
  /** Moderation actions, newest first. */
  'comments.audit': method(
    z.object({ limit: z.number().int().min(1).max(100_000).default(1_000) }).strict(),
    z.array(AuditEntry),
  ),
  /**
   * Adds comments from a file's text (`format` guessed when left out). Each runs through the
   * rules; a comment already here (same id, or same WordPress site and remote id) is skipped.
   */
  'comments.import': method(
    z.object({ text: z.string().max(50_000_000), format: ImportFormat.optional() }).strict(),
    z.object({
      added: z.number().int().nonnegative(),
      skipped: z.number().int().nonnegative(),
      counts: QueueCounts,
    }),
  ),
  /**
   * Fetches new comments from WordPress targets (one, or every one) and pushes the queued
   * decisions. An unreachable site is not an error: its decisions stay queued.
   */
  'comments.sync': method(z.object({ targetId: TargetId.optional() }).strict(), SyncReport),
  'comments.syncState': method(z.object({}).strict(), z.array(SyncState)),
  /** Settles a conflict: keep the site's version, or push ours over it. */
  'comments.resolve': method(
    z.object({ id: CommentId, keep: z.enum(['site', 'mine']) }).strict(),
    ActionResult,
  ),
} as const
