import type { Comment, CommentStatus, QueueCounts } from '../../shared/comments/comment-schema'
import type { StoredChange } from './comment-store'
import { foldForSearch } from './search-fold'

/** What the queues need of one comment, kept beside it so a page never re-reads or re-parses. */
export interface IndexEntry {
  readonly id: string
  /** createdAt as a number, parsed once: the queues sort on it. */
  readonly t: number
  status: CommentStatus
  readonly articleKey: string
  readonly authorKey: string
  /** Author and text folded for search, made on first search (an edit drops it). */
  text: string | undefined
  comment: Comment
}

/** Queues are newest first; equal times by id, so paging is stable. */
export function newerFirst(a: IndexEntry, b: IndexEntry): number {
  return b.t - a.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Whose comment it is, for the author history and first-time commenters: the email (lower-cased)
 * when there is one, else the name. The newsroom's replies are keyed apart, so they count as
 * nobody's approved history.
 */
export function authorKey(comment: Pick<Comment, 'author' | 'reply'>): string {
  if (comment.reply) return `r:${comment.author.name}`
  const email = comment.author.email.trim().toLowerCase()
  return email ? `e:${email}` : `n:${comment.author.name.trim()}`
}

/** The filter's key for an article: its id, else (a WordPress post with no article here) its title. */
export function articleKey(comment: Pick<Comment, 'articleId' | 'articleTitle'>): string {
  return comment.articleId !== null ? `a:${comment.articleId}` : `t:${comment.articleTitle}`
}

/** The folded text a search looks in: the author's name and email, and the body. */
export function searchText(entry: IndexEntry): string {
  entry.text ??= foldForSearch(
    `${entry.comment.author.name} ${entry.comment.author.email} ${entry.comment.body}`,
  )
  return entry.text
}

/** The folded text of `old` when `next` has the same author and body (a status change). */
function sameText(old: IndexEntry | undefined, next: Comment): string | undefined {
  if (!old?.text) return undefined
  const a = old.comment
  return a.body === next.body &&
    a.author.name === next.author.name &&
    a.author.email === next.author.email
    ? old.text
    : undefined
}

/** Below this many changes a write is indexed one by one; above, each touched queue is rebuilt. */
const BULK = 64

/**
 * The in-memory indexes behind the queues, kept in step with the store by its change listener:
 * a sorted array per status (a page is a slice), entries by author and by WordPress remote id,
 * and approved counts per author. Updating one comment costs two binary searches and splices;
 * a bulk write rebuilds only the queues it touched, in one merge.
 */
export class CommentIndex {
  readonly queues: Record<CommentStatus, IndexEntry[]> = {
    pending: [],
    approved: [],
    spam: [],
    trash: [],
  }
  readonly byId = new Map<string, IndexEntry>()
  readonly byAuthor = new Map<string, Set<IndexEntry>>()
  /** `targetId:remoteId` of WordPress comments to their id, so a fetch never adds one twice. */
  readonly byRemote = new Map<string, string>()
  private readonly approvedBy = new Map<string, number>()

  constructor(comments: Iterable<Comment>) {
    for (const comment of comments) this.add(comment, 'push')
    for (const queue of Object.values(this.queues)) queue.sort(newerFirst)
  }

  counts(): QueueCounts {
    const q = this.queues
    return {
      pending: q.pending.length,
      approved: q.approved.length,
      spam: q.spam.length,
      trash: q.trash.length,
    }
  }

  /** Whether the author (by {@link authorKey}) has an approved comment that is not a reply. */
  hasApproved(key: string): boolean {
    return (this.approvedBy.get(key) ?? 0) > 0
  }

  /** Applies a write of the store. */
  update(changes: readonly StoredChange[]): void {
    if (changes.length < BULK) {
      for (const { before, after } of changes) {
        const old = before && this.remove(before.id, true)
        if (after) this.add(after, 'sorted', sameText(old, after))
      }
      return
    }
    // In order, as the store applied them (a comment may come twice); into the queues after, in
    // one merge per queue touched.
    const touched = new Set<CommentStatus>()
    const removed = new Set<IndexEntry>()
    const added: IndexEntry[] = []
    for (const { before, after } of changes) {
      const old = before && this.remove(before.id, false)
      if (old) {
        removed.add(old)
        touched.add(old.status)
      }
      if (!after) continue
      const entry = this.add(after, 'none', sameText(old, after))
      added.push(entry)
      touched.add(entry.status)
    }
    for (const status of touched) {
      const kept = this.queues[status].filter((e) => !removed.has(e))
      const fresh = added.filter((e) => e.status === status && !removed.has(e)).sort(newerFirst)
      this.queues[status] = merge(kept, fresh)
    }
  }

  /** Indexes a comment, putting it in its queue in order, at the end (to sort later), or not yet. */
  private add(comment: Comment, queue: 'sorted' | 'push' | 'none', text?: string): IndexEntry {
    const entry: IndexEntry = {
      id: comment.id,
      t: Date.parse(comment.createdAt),
      status: comment.status,
      articleKey: articleKey(comment),
      authorKey: authorKey(comment),
      text,
      comment,
    }
    this.byId.set(entry.id, entry)
    const into = this.queues[entry.status]
    if (queue === 'sorted') into.splice(position(into, entry), 0, entry)
    else if (queue === 'push') into.push(entry)
    const mine = this.byAuthor.get(entry.authorKey) ?? new Set()
    if (!mine.size) this.byAuthor.set(entry.authorKey, mine)
    mine.add(entry)
    if (entry.status === 'approved') this.countApproved(entry.authorKey, 1)
    if (comment.source.kind === 'wordpress') {
      this.byRemote.set(`${comment.source.targetId}:${comment.source.remoteId}`, comment.id)
    }
    return entry
  }

  /** Takes a comment out of every index; out of its queue too when `fromQueue`. */
  private remove(id: string, fromQueue: boolean): IndexEntry | undefined {
    const entry = this.byId.get(id)
    if (!entry) return undefined
    this.byId.delete(id)
    if (fromQueue) {
      const queue = this.queues[entry.status]
      const at = position(queue, entry)
      const found = queue[at] === entry ? at : queue.indexOf(entry)
      if (found >= 0) queue.splice(found, 1)
    }
    const mine = this.byAuthor.get(entry.authorKey)
    mine?.delete(entry)
    if (mine?.size === 0) this.byAuthor.delete(entry.authorKey)
    if (entry.status === 'approved') this.countApproved(entry.authorKey, -1)
    const source = entry.comment.source
    if (source.kind === 'wordpress') this.byRemote.delete(`${source.targetId}:${source.remoteId}`)
    return entry
  }

  private countApproved(key: string, delta: number): void {
    if (key.startsWith('r:')) return
    const n = (this.approvedBy.get(key) ?? 0) + delta
    if (n > 0) this.approvedBy.set(key, n)
    else this.approvedBy.delete(key)
  }
}

/** The first index at which `entry` sorts (binary search). */
function position(queue: readonly IndexEntry[], entry: IndexEntry): number {
  let lo = 0
  let hi = queue.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (newerFirst(queue[mid] as IndexEntry, entry) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Merges two sorted arrays. */
function merge(a: IndexEntry[], b: IndexEntry[]): IndexEntry[] {
  if (!b.length) return a
  const out: IndexEntry[] = new Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) {
    out[k++] =
      newerFirst(a[i] as IndexEntry, b[j] as IndexEntry) <= 0
        ? (a[i++] as IndexEntry)
        : (b[j++] as IndexEntry)
  }
  while (i < a.length) out[k++] = a[i++] as IndexEntry
  while (j < b.length) out[k++] = b[j++] as IndexEntry
  return out
}

/**
 * Folds every comment's text for search in the background, a slice at a time between requests,
 * so the first search is as quick as the next. Stops when `stopped()` says so.
 */
export function warmSearch(index: CommentIndex, stopped: () => boolean): void {
  const entries = [...index.byId.values()]
  let next = 0
  const slice = () => {
    if (stopped()) return
    const end = Math.min(next + 2_000, entries.length)
    for (; next < end; next++) searchText(entries[next] as IndexEntry)
    if (next < entries.length) setImmediate(slice)
  }
  setImmediate(slice)
}
