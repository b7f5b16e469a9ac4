import { z } from 'zod'
import { ArticleId } from '../articles/article-schema'
import { TargetId } from '../publish/target-schema'
import { RuleMatch } from './rules-schema'

/** A comment's id in this store: `c-` plus random letters, or `wp-<target>-<remote id>`. */
export const CommentId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'A comment id is 1–100 letters, digits, "-" or "_".')
export type CommentId = z.infer<typeof CommentId>

/** The four queues. WordPress calls pending "hold" and approved "approved" (sent as "approve"). */
export const CommentStatus = z.enum(['pending', 'approved', 'spam', 'trash'])
export type CommentStatus = z.infer<typeof CommentStatus>
export const COMMENT_STATUSES = CommentStatus.options

const IsoDate = z.iso.datetime({ offset: true })

/**
 * Readers' text is untrusted and kept exactly as written (never as markup). Lone surrogates are
 * replaced on the way in ({@link wellFormed}), so every stored string is valid UTF-16.
 */
export const CommentBody = z.string().max(2_000_000)
export const AuthorName = z.string().max(500)

/** Who wrote a comment, as they gave it. Nothing here is verified. */
export const CommentAuthor = z.object({
  name: AuthorName,
  email: z.string().max(500).default(''),
  url: z.string().max(2_000).default(''),
})
export type CommentAuthor = z.infer<typeof CommentAuthor>

/** WordPress's own status words (REST `status` field of a comment read with context=edit). */
export const SiteStatus = z.enum(['approved', 'hold', 'spam', 'trash'])
export type SiteStatus = z.infer<typeof SiteStatus>

/** Where a comment came from: written or imported here, or fetched from a WordPress target. */
export const CommentSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({
    kind: z.literal('wordpress'),
    targetId: TargetId,
    remoteId: z.number().int().positive(),
    remotePostId: z.number().int().nonnegative(),
    /** The status and text the site had when last fetched or pushed: what a conflict compares. */
    siteStatus: SiteStatus,
    siteBody: z.string().max(2_000_000),
    syncedAt: IsoDate,
  }),
])
export type CommentSource = z.infer<typeof CommentSource>

/** Who took a moderation step: a person (by display name), a rule, the site, or an import. */
export const ModerationActor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), name: z.string().max(100) }),
  z.object({ kind: z.literal('rule'), match: RuleMatch }),
  z.object({ kind: z.literal('site'), targetId: TargetId }),
  z.object({ kind: z.literal('import') }),
])
export type ModerationActor = z.infer<typeof ModerationActor>

export const ModerationAction = z.enum([
  /** Came in (written, imported, fetched), with the status it came with. */
  'received',
  'approve',
  'unapprove',
  'spam',
  'trash',
  'restore',
  'edit',
  'reply',
  'undo',
  'delete',
  /** The site changed it (seen at a fetch). */
  'site-change',
  /** A conflict with the site was settled. */
  'resolve',
])
export type ModerationAction = z.infer<typeof ModerationAction>

/** One step of a comment's moderation history. */
export const ModerationEvent = z.object({
  action: ModerationAction,
  by: ModerationActor,
  at: IsoDate,
  from: CommentStatus.optional(),
  to: CommentStatus.optional(),
  /** For an edit: the text before it. */
  previousBody: z.string().max(2_000_000).optional(),
})
export type ModerationEvent = z.infer<typeof ModerationEvent>

/** The site changed a comment after we fetched it while a local decision waited to be pushed. */
export const CommentConflict = z.object({
  siteStatus: SiteStatus,
  siteBody: z.string().max(2_000_000),
  /** The status the moderator chose here, which was not pushed. */
  localStatus: CommentStatus,
  at: IsoDate,
})
export type CommentConflict = z.infer<typeof CommentConflict>

/** A comment as stored. */
export const Comment = z.object({
  id: CommentId,
  /** The local article it is on; null for a WordPress post that has no article here. */
  articleId: ArticleId.nullable(),
  /** The article's or post's title when the comment came in (the filter and card show it). */
  articleTitle: z.string().max(1_000).default(''),
  author: CommentAuthor,
  body: CommentBody,
  createdAt: IsoDate,
  status: CommentStatus,
  source: CommentSource,
  /** The comment this one replies to. */
  parentId: CommentId.nullable().default(null),
  /** Set on the newsroom's replies: the moderator who wrote it. */
  reply: z
    .object({ by: z.string().max(100) })
    .nullable()
    .default(null),
  /** The rule that held or spammed it when it came in, if one did. */
  match: RuleMatch.nullable().default(null),
  conflict: CommentConflict.nullable().default(null),
  history: z.array(ModerationEvent).default([]),
  /** Counts changes, so an undo can tell whether the comment moved on since. */
  version: z.number().int().positive().default(1),
})
export type Comment = z.infer<typeof Comment>

/** A queue row: the comment without its history, its body cut to {@link EXCERPT_LENGTH}. */
export const CommentSummary = Comment.omit({ history: true }).extend({
  bodyLength: z.number().int().nonnegative(),
})
export type CommentSummary = z.infer<typeof CommentSummary>
export const EXCERPT_LENGTH = 400

/** Replaces lone surrogates (invalid UTF-16) with U+FFFD, so text can be stored and shown. */
export function wellFormed(text: string): string {
  // String.prototype.toWellFormed is ES2024; written out so shared/ needs no newer lib.
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
}

/** The row form of a comment. */
export function summarizeComment(comment: Comment): CommentSummary {
  const { history: _history, body, ...rest } = comment
  return {
    ...rest,
    body:
      body.length > EXCERPT_LENGTH
        ? body.slice(0, EXCERPT_LENGTH).replace(/[\uD800-\uDBFF]$/, '')
        : body,
    bodyLength: body.length,
  }
}

/** Counts per queue. */
export const QueueCounts = z.object({
  pending: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
  spam: z.number().int().nonnegative(),
  trash: z.number().int().nonnegative(),
})
export type QueueCounts = z.infer<typeof QueueCounts>
