import { mkdir, rename } from 'node:fs/promises'
import { z } from 'zod'
import { ApiError } from '../../../shared/api/errors'
import { ArticleId } from '../../../shared/articles/article-schema'
import { CommentId, CommentStatus, SiteStatus } from '../../../shared/comments/comment-schema'
import { TargetId } from '../../../shared/publish/target-schema'
import type { DataLayout } from '../../store/data-layout'
import { SchemaFile } from '../../store/schema-file'
import { SerialQueue } from '../../store/serial-queue'

const IsoDate = z.iso.datetime({ offset: true })
const RemoteId = z.number().int().positive()

/** Why the last push of a decision failed, in the site's words. */
export const PushError = z.object({
  code: z.string().max(200),
  message: z.string().max(2_000),
  /** False for a refusal (401, 403, 400…): the timer stops retrying; a manual sync still does. */
  retryable: z.boolean(),
  at: IsoDate,
})
export type PushError = z.infer<typeof PushError>

/** A moderator's (or a rule's) decision waiting to go to the site: one per comment, latest wins. */
export const QueuedDecision = z.object({
  commentId: CommentId,
  targetId: TargetId,
  remoteId: RemoteId,
  /** The local status to push. */
  status: CommentStatus,
  /** What the site had when we last saw it: a site that no longer has it is a conflict. */
  baseStatus: SiteStatus,
  baseBody: z.string().max(2_000_000),
  queuedAt: IsoDate,
  attempts: z.number().int().nonnegative().default(0),
  lastError: PushError.nullable().default(null),
})
export type QueuedDecision = z.infer<typeof QueuedDecision>

/** What the sync knows of one WordPress target. */
export const TargetSync = z.object({
  /** When comments were last fetched. */
  fetchedAt: IsoDate.nullable().default(null),
  /**
   * The newest `date_gmt` the last fetch saw, and the remote ids at exactly that second: the next
   * fetch asks from that second on and skips those ids, so nothing at the boundary is lost.
   */
  cursor: z
    .object({
      date: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      ids: z.array(RemoteId).max(100_000),
    })
    .nullable()
    .default(null),
  /**
   * Every remote id ever received, as ranges (see `IdRanges`): one that is no longer in the
   * store was deleted here for good, and is not fetched again (the tombstones).
   */
  seen: z
    .array(z.tuple([RemoteId, RemoteId]))
    .max(1_000_000)
    .default([]),
  /** Posts already looked up: the local article they are, else the post's title. */
  posts: z
    .record(
      z.string().regex(/^\d{1,20}$/),
      z.object({ articleId: ArticleId.nullable(), title: z.string().max(1_000) }),
    )
    .default({}),
  /** The last fetch's failure, in the site's words; null when it worked. */
  error: z.string().max(2_000).nullable().default(null),
})
export type TargetSync = z.infer<typeof TargetSync>

/** `comments/sync.json`. */
export const SyncData = z.object({
  version: z.literal(1),
  targets: z.record(TargetId, TargetSync).default({}),
  queue: z.array(QueuedDecision).max(1_000_000).default([]),
})
export type SyncData = z.infer<typeof SyncData>

/** How many looked-up posts a target keeps; the oldest are forgotten (and looked up again). */
const MAX_POSTS = 5_000

/**
 * The sync's state on disk (`comments/sync.json`, validated on read, written atomically), so the
 * decisions waiting for an unreachable site survive a restart. Held in memory; `save` writes it
 * whole, one write at a time.
 */
export class SyncFile {
  private readonly writes = new SerialQueue()

  private constructor(
    private readonly file: SchemaFile<typeof SyncData>,
    private readonly dir: string,
    readonly data: SyncData,
    /** Set when the file on disk was damaged and set aside: what the sync line shows. */
    readonly damage: string | null,
    private readonly readOnly: { reason: string } | undefined,
  ) {}

  /**
   * Reads the file. A damaged one is renamed to `sync.json.damaged-<time>` (kept, never
   * overwritten) and the sync starts afresh; `damage` then says so.
   */
  static async open(layout: DataLayout, readOnly?: { reason: string }): Promise<SyncFile> {
    const file = new SchemaFile(layout.commentSync, SyncData, layout.root)
    try {
      const data = (await file.read()) ?? { version: 1 as const, targets: {}, queue: [] }
      return new SyncFile(file, layout.commentsDir, data, null, readOnly)
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'invalid_data' || readOnly) throw error
      const aside = `${layout.commentSync}.damaged-${Date.now()}`
      await rename(layout.commentSync, aside)
      const damage = `${error.message} It was set aside as ${aside}; decisions queued in it were queued again from the comments.`
      return new SyncFile(
        file,
        layout.commentsDir,
        { version: 1, targets: {}, queue: [] },
        damage,
        readOnly,
      )
    }
  }

  /** The state of a target, made when first asked for. */
  target(id: string): TargetSync {
    let state = this.data.targets[id]
    if (!state) {
      state = TargetSync.parse({})
      this.data.targets[id] = state
    }
    return state
  }

  /** Remembers a looked-up post, forgetting the oldest past {@link MAX_POSTS}. */
  rememberPost(targetId: string, postId: number, post: TargetSync['posts'][string]): void {
    const posts = this.target(targetId).posts
    posts[String(postId)] = post
    const keys = Object.keys(posts)
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_POSTS))) delete posts[key]
  }

  /** The queued decision for a comment, if there is one. */
  queued(commentId: string): QueuedDecision | undefined {
    return this.data.queue.find((entry) => entry.commentId === commentId)
  }

  /** Queues a decision, replacing an older one for the same comment. */
  enqueue(entry: QueuedDecision): void {
    this.update([entry], [])
  }

  /** Drops a decision (pushed, conflicting, or moot). */
  drop(commentId: string): void {
    this.update([], [commentId])
  }

  /** Queues and drops many decisions in one pass (a bulk action on a thousand comments). */
  update(entries: readonly QueuedDecision[], drops: readonly string[]): void {
    const gone = new Set([...drops, ...entries.map((e) => e.commentId)])
    this.data.queue = this.data.queue.filter((e) => !gone.has(e.commentId))
    this.data.queue.push(...entries)
  }

  /** Writes the state as it is now (atomically; writes never interleave). */
  save(): Promise<void> {
    if (this.readOnly) return Promise.resolve()
    return this.writes.run(async () => {
      await mkdir(this.dir, { recursive: true })
      await this.file.write(this.data)
    })
  }
}
