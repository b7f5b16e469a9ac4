import { mkdir, open } from 'node:fs/promises'
import { z } from 'zod'
import { ApiError } from '../../shared/api/errors'
import { Comment } from '../../shared/comments/comment-schema'
import { atomicWriteFile } from '../store/atomic-write'
import type { DataLayout } from '../store/data-layout'
import { appendJsonLines, readJsonLines } from '../store/json-lines'
import { SchemaFile } from '../store/schema-file'
import { SerialQueue } from '../store/serial-queue'

/** One shard file: the comments whose id hashes to it. */
const Shard = z.object({ comments: z.array(Comment) })

/** One line of the journal: a comment's new state, or its removal. */
const JournalEntry = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), comment: Comment }),
  z.object({ op: z.literal('del'), id: z.string() }),
])
type JournalEntry = z.infer<typeof JournalEntry>

/** Shards: enough that folding the journal rewrites a small part of a large store. */
export const SHARDS = 64

/** The name of shard `i` (two hex digits), as in `shard-<name>.json`. */
export const shardName = (i: number): string => i.toString(16).padStart(2, '0')

/** The shard a comment id lives in (FNV-1a, so it is stable across runs and machines). */
export function shardOf(id: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return shardName((hash >>> 0) % SHARDS)
}

/** One change as the store applied it: the comment before (absent when new) and after (absent when removed). */
export interface StoredChange {
  before: Comment | undefined
  after: Comment | undefined
}

export interface CommentStoreOptions {
  readOnly?: { reason: string } | undefined
  /**
   * Journal lines before the changed shards are rewritten and the journal emptied. By default
   * 5,000 or a quarter of the store's size, whichever is more, so a large store is not rewritten
   * every few thousand actions (replaying even 50,000 lines at open is quick).
   */
  compactAfter?: number
}

/**
 * Comments on disk, built to stay cheap at 200,000: the comments are split over {@link SHARDS}
 * shard files by id, and every change is one fsync'd line appended to `journal.ndjson`. An
 * action on one comment (or a bulk action on a thousand) costs one append, never a rewrite of
 * every comment; after `compactAfter` lines only the shards that changed are rewritten. A torn
 * last line (a crash mid-append) is ignored: that change was never acknowledged.
 *
 * Every comment is held in memory once loaded, so queues, counts and search never touch the disk;
 * listeners ({@link onChange}) keep the query indexes in step with every write, whoever makes it.
 */
export class CommentStore {
  private readonly comments = new Map<string, Comment>()
  private readonly dirty = new Set<string>()
  private readonly queue = new SerialQueue()
  private readonly listeners: ((changes: readonly StoredChange[]) => void)[] = []
  private entries = 0
  private torn = false

  private constructor(
    private readonly layout: DataLayout,
    private readonly options: CommentStoreOptions,
  ) {}

  /** Reads every shard, then replays the journal over them. A damaged shard is an error naming it. */
  static async open(layout: DataLayout, options: CommentStoreOptions = {}): Promise<CommentStore> {
    const store = new CommentStore(layout, options)
    // One shard at a time: each file's text and raw JSON die young, which keeps the garbage
    // collector (most of a large load's time) out of the way.
    for (let i = 0; i < SHARDS; i++) {
      const file = new SchemaFile(layout.commentShard(shardName(i)), Shard, layout.root)
      for (const comment of (await file.read())?.comments ?? []) {
        store.comments.set(comment.id, comment)
      }
    }
    const journal = await readJsonLines(layout.commentJournal, JournalEntry)
    // A torn last line (no line end): the next append starts on a line of its own.
    store.torn = journal.torn
    for (const entry of journal.entries) store.apply(entry)
    store.entries = journal.entries.length
    return store
  }

  get size(): number {
    return this.comments.size
  }

  get readOnly(): { reason: string } | undefined {
    return this.options.readOnly
  }

  get(id: string): Comment | undefined {
    return this.comments.get(id)
  }

  /** Every comment, in no particular order. Callers must not change them. */
  all(): IterableIterator<Comment> {
    return this.comments.values()
  }

  /** Calls `listener` after every write, with what changed (never during {@link open}). */
  onChange(listener: (changes: readonly StoredChange[]) => void): void {
    this.listeners.push(listener)
  }

  /** Stores new states of comments durably (one append, one fsync), then applies them. */
  put(comments: readonly Comment[]): Promise<void> {
    return this.commit(comments, [])
  }

  /** Removes comments durably. */
  remove(ids: readonly string[]): Promise<void> {
    return this.commit([], ids)
  }

  /**
   * Puts and removes in one append, so an action that does both (an undo) is all or nothing.
   * Call it inside {@link exclusive}: a compaction must not interleave with another append.
   */
  commit(puts: readonly Comment[], removes: readonly string[]): Promise<void> {
    return this.append([
      ...puts.map((comment): JournalEntry => ({ op: 'put', comment })),
      ...removes.map((id): JournalEntry => ({ op: 'del', id })),
    ])
  }

  /**
   * Runs `task` alone: no other write of this store starts until it ends. The service reads,
   * decides and writes inside one, so two actions on the same comment cannot interleave.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task)
  }

  private async append(entries: JournalEntry[]): Promise<void> {
    if (this.options.readOnly) throw new ApiError('read_only', this.options.readOnly.reason)
    if (!entries.length) return
    await mkdir(this.layout.commentsDir, { recursive: true })
    try {
      await appendJsonLines(this.layout.commentJournal, entries, this.torn)
    } catch (error) {
      // Part of it may be on disk: the next append starts on a line of its own.
      this.torn = true
      throw error
    }
    this.torn = false
    const changes = entries.map((entry) => this.apply(entry))
    this.entries += entries.length
    for (const listener of this.listeners) listener(changes)
    const after = this.options.compactAfter ?? Math.max(5_000, Math.floor(this.comments.size / 4))
    // The write is done and durable; a failed fold (a full disk) is retried at the next write.
    if (this.entries >= after) await this.compact().catch(() => undefined)
  }

  private apply(entry: JournalEntry): StoredChange {
    const id = entry.op === 'put' ? entry.comment.id : entry.id
    const before = this.comments.get(id)
    if (entry.op === 'put') this.comments.set(id, entry.comment)
    else this.comments.delete(id)
    this.dirty.add(shardOf(id))
    return { before, after: entry.op === 'put' ? entry.comment : undefined }
  }

  /** Rewrites the shards the journal changed, then empties the journal. Replaying is idempotent. */
  async compact(): Promise<void> {
    if (this.options.readOnly) return
    await mkdir(this.layout.commentsDir, { recursive: true })
    const byShard = new Map<string, Comment[]>()
    for (const shard of this.dirty) byShard.set(shard, [])
    for (const comment of this.comments.values()) byShard.get(shardOf(comment.id))?.push(comment)
    for (const [shard, comments] of byShard) {
      await atomicWriteFile(this.layout.commentShard(shard), `${JSON.stringify({ comments })}\n`)
    }
    await atomicWriteFile(this.layout.commentJournal, '')
    this.dirty.clear()
    this.entries = 0
  }
}
